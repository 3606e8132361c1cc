using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Modules.People.ImportExport.Staff;
using TruongSo.Web.Modules.People.ImportExport.Students;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Modules.People.ImportExport.Cli;

/// <summary>
/// `import students|staff --school CODE FILE.xlsx [--valid-only] [--report FILE]`: the same
/// handlers as the web, with a progress bar and a report file (csv, or xlsx by extension).
/// Exit codes: 0 imported, 2 the file had errors (nothing written, or only the valid rows), 1 usage.
/// </summary>
public static class ImportCommands
{
    public static Command Create() => new("import", "Nhập danh sách từ tệp Excel (.xlsx).")
    {
        Build("students", "Nhập học sinh vào một trường.", (host, r, p, ct) => host.Get<ImportStudents>().HandleAsync(r, p, ct)),
        Build("staff", "Nhập cán bộ, giáo viên vào một trường.", (host, r, p, ct) => host.Get<ImportStaff>().HandleAsync(r, p, ct)),
    };

    private static Command Build(string name, string description, Func<CliHost, ImportRequest, IProgress<ImportProgress>, CancellationToken, Task<ImportReport>> run)
    {
        var school = new Option<string>("--school") { Description = "Mã trường.", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "Tệp .xlsx theo mẫu." };
        var validOnly = new Option<bool>("--valid-only") { Description = "Ghi các dòng hợp lệ, bỏ qua dòng lỗi (mặc định: có lỗi thì không ghi gì)." };
        var reportFile = new Option<FileInfo?>("--report") { Description = "Tệp kết quả (.csv hoặc .xlsx); mặc định <tệp>.ket-qua.csv." };
        var command = new Command(name, description) { school, file, validOnly, reportFile };
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                await Console.Error.WriteLineAsync($"Không tìm thấy tệp {input.FullName}.");
                return 1;
            }
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(parse), migrate: false, ct);
            var code = parse.GetValue(school)!;
            var unit = (await host.Get<IOrgDirectory>().FindByCodeAsync(code, ct)).FirstOrDefault(u => u.Kind == OrgUnitKind.School);
            if (unit is null)
            {
                await Console.Error.WriteLineAsync($"Không có trường mã {code}.");
                return 1;
            }
            var mode = parse.GetValue(validOnly) ? ImportMode.ValidOnly : ImportMode.AllOrNothing;
            await using var stream = input.OpenRead();
            var report = await WithProgressAsync(p => run(host, new ImportRequest(unit.Id, stream, input.Name, mode), p, ct));
            var target = parse.GetValue(reportFile) ?? new FileInfo(Path.ChangeExtension(input.FullName, ".ket-qua.csv"));
            ImportReportFile.Write(target, report, input.Name);
            Print(report, unit.Name, target);
            return report.Errors.Count == 0 && report.Written ? 0 : 2;
        });
        return command;
    }

    private static async Task<ImportReport> WithProgressAsync(Func<IProgress<ImportProgress>, Task<ImportReport>> run)
    {
        if (!CliDisplay.Live)
        {
            var stage = (ImportStage)(-1);
            return await run(new SyncProgress(p =>
            {
                if (p.Stage != stage)
                {
                    stage = p.Stage;
                    Console.WriteLine(stage switch { ImportStage.Reading => "Đọc tệp…", ImportStage.Validating => "Kiểm tra…", _ => "Ghi dữ liệu…" });
                }
            }));
        }
        ImportReport report = null!;
        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var tasks = new Dictionary<ImportStage, ProgressTask>
                {
                    [ImportStage.Reading] = ctx.AddTask("Đọc tệp"),
                    [ImportStage.Validating] = ctx.AddTask("Kiểm tra"),
                    [ImportStage.Writing] = ctx.AddTask("Ghi dữ liệu"),
                };
                tasks[ImportStage.Reading].IsIndeterminate = true;
                var progress = new SyncProgress(p =>
                {
                    foreach (var earlier in tasks.Where(t => t.Key < p.Stage))
                    {
                        earlier.Value.IsIndeterminate = false;
                        earlier.Value.Value = earlier.Value.MaxValue;
                    }
                    var task = tasks[p.Stage];
                    task.IsIndeterminate = p.Total == 0;
                    task.MaxValue = Math.Max(p.Total, 1);
                    task.Value = p.Total == 0 ? 0 : p.Done;
                });
                report = await run(progress);
                foreach (var task in tasks.Values.Where(t => report.Written || t != tasks[ImportStage.Writing]))
                {
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                }
            });
        return report;
    }

    private static void Print(ImportReport report, string school, FileInfo target)
    {
        if (report.Errors.Count > 0)
        {
            var table = new Table().AddColumns("Dòng", "Cột", "Lỗi");
            foreach (var e in report.Errors.Take(30))
            {
                table.AddRow(e.Row == 0 ? "" : e.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Column ?? ""), Markup.Escape(e.Message));
            }
            AnsiConsole.Write(table);
        }
        if (report.Written)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]{school}: đã đọc {report.RowsRead:N0} dòng; thêm {report.Created:N0}, cập nhật {report.Updated:N0}, bỏ qua {report.Skipped:N0}.[/]");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{school}: chưa ghi gì — {report.Errors.Count:N0} lỗi trên {report.RowsRead:N0} dòng.[/]");
        }
        AnsiConsole.MarkupLineInterpolated($"Kết quả chi tiết: {target.FullName}");
    }

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and draw out of order.</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
