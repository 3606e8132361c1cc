#!/usr/bin/env bash
# Re-drafts the (unreleased) SchoolRecords migration from the current model. Use while issue 3's
# schema is still moving; once a release ships it, add a new migration instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/TruongSo.Web/Platform/Data/Migrations
rm -f "$dir/20261121000003_SchoolRecords.cs"
dotnet run --project tools/TruongSo.MigrationDraft -- SchoolRecords
f=$(ls "$dir"/*_SchoolRecords.cs)
sed -i 's/\[Migration("[0-9]*_SchoolRecords")\]/[Migration("20261121000003_SchoolRecords")]/; s/public sealed class SchoolRecords : Migration/public sealed class SchoolRecordsTables : Migration/' "$f"
sed -i 's#^        // Check: an earlier migration may already have this PostgreSQL database annotation.$##' "$f"
sed -i 's#migrationBuilder.AddColumn<string>(name: "name_search", table: "org_units", maxLength: 200, nullable: false);#migrationBuilder.AddColumn<string>(name: "name_search", table: "org_units", maxLength: 200, nullable: false, defaultValue: ""); // backfilled by OrganizationStartup#' "$f"
mv "$f" "$dir/20261121000003_SchoolRecords.cs"
echo "Re-drafted $dir/20261121000003_SchoolRecords.cs"
