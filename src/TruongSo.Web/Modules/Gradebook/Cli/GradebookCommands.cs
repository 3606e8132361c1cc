using System.CommandLine;
using Spectre.Console;
using TruongSo.Web.Modules.Gradebook.Evaluation;
using TruongSo.Web.Modules.Organization.Contracts;
using TruongSo.Web.Platform.Cli;

namespace TruongSo.Web.Modules.Gradebook.Cli;

/// <summary>
/// `gradebook recompute --school CODE [--year 2025-2026]`: recomputes a school year's results from its
/// marks with the province's current settings (after the Sở changes one), printing what changed and
/// how long each phase took. Locked periods are left as they are. Exit codes: 0 done, 1 usage.
/// </summary>
public static class GradebookCommands
{
    public static Command Create()
    {
        var school = new Option<string>("--school") { Description = "Mã trường.", Required = true };
        var yearName = new Option<string?>("--year") { Description = "Năm học, ví dụ 2025-2026 (mặc định: năm học hiện tại)." };
        // A fresh process pays for JIT and EF's first queries; --repeat shows the warm cost a running server pays.
        var repeat = new Option<int>("--repeat") { Description = "Chạy lại N lần trong cùng tiến trình (để đo).", DefaultValueFactory = _ => 1 };
        var recompute = new Command("recompute", "Tính lại điểm trung bình môn và kết quả học sinh của một năm học từ điểm đã nhập.") { school, yearName, repeat };
        recompute.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(TruongSoCli.Passed(parse), migrate: false, ct);
            var code = parse.GetValue(school)!;
            var unit = (await host.Get<IOrgDirectory>().FindByCodeAsync(code, ct)).FirstOrDefault(u => u.Kind == OrgUnitKind.School);
            var structure = host.Get<ISchoolStructure>();
            var years = unit is null ? [] : await structure.YearsAsync(unit.Id, ct);
            var year = parse.GetValue(yearName) is { } name ? years.FirstOrDefault(y => y.Name == name)
                : unit is null ? null : await structure.CurrentYearAsync(unit.Id, ct);
            if (unit is null || year is null)
            {
                await Console.Error.WriteLineAsync(unit is null ? $"Không có trường mã {code}." : "Trường chưa có năm học này.");
                return 1;
            }
            for (var run = 1; run <= Math.Max(1, parse.GetValue(repeat)); run++)
            {
                RecomputeReport report = null!;
                await CliDisplay.StatusAsync("Đang tính lại…", async () => report = (await host.Get<RecomputeYear>().RunAsync(year.Id, ct))!);
                AnsiConsole.MarkupLineInterpolated(
                    $"[green]Đã tính lại năm học {year.Name} của {unit.Name}:[/] {report.Students:N0} học sinh, {report.Marks:N0} điểm, {report.SubjectResults:N0} kết quả môn ({report.ChangedSubjectResults:N0} thay đổi), {report.StudentResults:N0} kết quả học sinh ({report.ChangedStudentResults:N0} thay đổi).");
                Console.WriteLine(FormattableString.Invariant(
                    $"run={run} load_ms={report.Load.TotalMilliseconds:F0} compute_ms={report.Compute.TotalMilliseconds:F0} write_ms={report.Write.TotalMilliseconds:F0} total_ms={(report.Load + report.Compute + report.Write).TotalMilliseconds:F0} load_cpu_ms={report.LoadCpu.TotalMilliseconds:F0} compute_cpu_ms={report.ComputeCpu.TotalMilliseconds:F0} subjects_cpu_ms={report.SubjectsCpu.TotalMilliseconds:F0}"));
            }
            return 0;
        });
        return new Command("gradebook", "Sổ điểm điện tử.") { recompute };
    }
}
