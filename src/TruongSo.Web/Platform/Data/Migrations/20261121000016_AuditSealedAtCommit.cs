using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TruongSo.Web.Platform.Data.Migrations;

/// <summary>
/// On PostgreSQL the database seals audit entries into their chain as the writer's transaction commits
/// (ADR 0017): the chain's head is locked for the commit only, not from the app's seal to its commit.
/// The hash is <see cref="Audit.AuditHash"/>'s, computed in SQL; SQLite keeps the app's seal.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000016_AuditSealedAtCommit")]
public sealed class AuditSealedAtCommit : Migration
{
    private const string Sqlite = "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Sqlite)
        {
            return;
        }
        // One field of ChainHash.Of: its length as .NET counts it (UTF-16 code units: a character beyond U+FFFF
        // is two), a colon, the text; NULL is "-1:".
        migrationBuilder.Sql("""
            CREATE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
              SELECT CASE WHEN value IS NULL THEN '-1:'
                ELSE (char_length(value) + regexp_count(value, '[\U00010000-\U0010FFFF]'))::text || ':' || value END
            $$;
            """);

        // Whatever the writer sent for the seal is dropped: only the commit seals. Until then (and only the
        // inserting transaction sees it) the entry is marked unsealed by a negative seq, unique as its id is.
        migrationBuilder.Sql("""
            CREATE FUNCTION audit_entries_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.seq := -NEW.id; NEW.prev_hash := ''; NEW.hash := '';
              RETURN NEW;
            END $$;
            CREATE TRIGGER audit_entries_unsealed BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_unsealed();
            """);

        // At commit, in insertion order: lock the head (created for a new chain), hash the entry onto it, move it.
        migrationBuilder.Sql($$"""
            CREATE FUNCTION audit_entries_seal() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              head_seq bigint;
              head_hash text;
              sealed text;
            BEGIN
              SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_heads WHERE chain = NEW.chain FOR UPDATE;
              IF NOT FOUND THEN
                INSERT INTO audit_chain_heads (chain, seq, hash) VALUES (NEW.chain, 0, '{{Audit.AuditHash.Genesis}}') ON CONFLICT (chain) DO NOTHING;
                SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_heads WHERE chain = NEW.chain FOR UPDATE;
              END IF;
              head_seq := head_seq + 1;
              sealed := encode(sha256(convert_to(
                audit_field(NEW.chain) || audit_field(head_seq::text)
                || audit_field(to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                || audit_field(NEW.actor_id::text) || audit_field(NEW.actor_name) || audit_field(NEW.action)
                || audit_field(NEW.entity_type) || audit_field(NEW.entity_id) || audit_field(NEW.school_id::text)
                || audit_field(NEW.before) || audit_field(NEW.after) || audit_field(NEW.reason) || audit_field(head_hash),
                'UTF8')), 'hex');
              UPDATE audit_chain_heads SET seq = head_seq, hash = sealed WHERE chain = NEW.chain;
              UPDATE audit_entries SET seq = head_seq, prev_hash = head_hash, hash = sealed WHERE id = NEW.id;
              RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER audit_entries_seal AFTER INSERT ON audit_entries
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_entries_seal();
            """);

        // Still append-only: the one update let through is the seal itself (from the seal trigger, of an
        // unsealed entry, touching nothing else).
        migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 AND OLD.seq < 0 AND NEW.seq > 0
                AND (NEW.id, NEW.chain, NEW.at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.entity_type, NEW.entity_id,
                     NEW.school_id, NEW.before, NEW.after, NEW.reason)
                    IS NOT DISTINCT FROM (OLD.id, OLD.chain, OLD.at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.entity_type,
                     OLD.entity_id, OLD.school_id, OLD.before, OLD.after, OLD.reason) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'audit_entries is append-only';
            END $$;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == Sqlite)
        {
            return;
        }
        migrationBuilder.Sql("CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$;");
        migrationBuilder.Sql("DROP TRIGGER audit_entries_seal ON audit_entries; DROP FUNCTION audit_entries_seal();");
        migrationBuilder.Sql("DROP TRIGGER audit_entries_unsealed ON audit_entries; DROP FUNCTION audit_entries_unsealed();");
        migrationBuilder.Sql("DROP FUNCTION audit_field(text);");
    }
}
