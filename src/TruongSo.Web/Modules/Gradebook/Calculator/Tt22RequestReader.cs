using TruongSo.Rules.Grading;

namespace TruongSo.Web.Modules.Gradebook.Calculator;

/// <summary>Checks a TT22 request field by field and turns it into the engine's input.</summary>
internal static class Tt22RequestReader
{
    public static Tt22Input? Read(CalculatorRequest request, CalculatorErrors errors)
    {
        if (request.Grade is not (>= 6 and <= 12))
        {
            errors.Add("grade", "Khối lớp theo Thông tư 22 phải từ 6 đến 12.");
        }
        if (request.Subjects is not { Count: > 0 } subjects)
        {
            errors.Add("subjects", "Hãy gửi ít nhất một môn học.");
            return null;
        }
        var read = new List<Tt22Subject>(subjects.Count);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            var at = $"subjects[{i}]";
            if (subjects[i] is not { } s)
            {
                errors.Add(at, "Thiếu thông tin môn học.");
                continue;
            }
            if (string.IsNullOrWhiteSpace(s.Code))
            {
                errors.Add($"{at}.code", "Hãy cho biết mã môn học (ví dụ TOAN).");
            }
            else if (!codes.Add(s.Code))
            {
                errors.Add($"{at}.code", $"Môn {s.Code} xuất hiện hai lần.");
            }
            var subject = s.Kind switch
            {
                "score" => ReadScored(s, at, errors),
                "comment" => ReadComment(s, at, errors),
                _ => Invalid(errors, $"{at}.kind", "Loại môn phải là \"score\" (tính điểm) hoặc \"comment\" (nhận xét)."),
            };
            if (subject is not null)
            {
                read.Add(subject);
            }
        }
        var conductHk1 = MarkReader.Level(request.Conduct?.Hk1, "conduct.hk1", errors);
        var conductHk2 = MarkReader.Level(request.Conduct?.Hk2, "conduct.hk2", errors);
        if (request.Absences is < 0 or > 400)
        {
            errors.Add("absences", "Số buổi nghỉ phải từ 0 đến 400.");
        }
        var summer = Summer(request.Summer, read, errors);
        return errors.Any ? null : new Tt22Input(request.Grade!.Value, read)
        {
            ConductHk1 = conductHk1,
            ConductHk2 = conductHk2,
            Absences = request.Absences,
            Summer = summer,
        };
    }

    private static Tt22Subject? Invalid(CalculatorErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }

    private static ScoredSubject? ReadScored(CalculatorSubject s, string at, CalculatorErrors errors)
    {
        // Needed only where raw assessments are given; a recorded average or year result has no count.
        var raw = HasAssessments(s.Hk1) || HasAssessments(s.Hk2);
        if (s.RegularCount is not (>= 2 and <= 4) && (raw || s.RegularCount is not null))
        {
            errors.Add($"{at}.regularCount", "Số điểm đánh giá thường xuyên mỗi học kì (regularCount) phải là 2, 3 hoặc 4.");
            return null;
        }
        var n = s.RegularCount ?? 0;
        return new ScoredSubject(s.Code ?? "", n)
        {
            Name = s.Name,
            Hk1 = ReadScoredTerm(s.Hk1, n, $"{at}.hk1", errors),
            Hk2 = ReadScoredTerm(s.Hk2, n, $"{at}.hk2", errors),
            Year = MarkReader.Score(s.Year, $"{at}.year", errors),
        };
    }

    private static ScoredTerm? ReadScoredTerm(CalculatorTerm? term, int regularCount, string at, CalculatorErrors errors)
    {
        if (term is null)
        {
            return null;
        }
        if (term.Result is not null)
        {
            errors.Add($"{at}.result", "Môn tính điểm dùng \"average\" cho điểm trung bình đã ghi, không dùng \"result\".");
        }
        if (!MarkReader.IsAbsent(term.Average))
        {
            OnlyOne(term, at, errors);
            return MarkReader.Score(term.Average, $"{at}.average", errors) is { } average ? ScoredTerm.Recorded(average) : null;
        }
        var tx = Tx(term, regularCount, at, errors, (value, field) => MarkReader.Score(value, field, errors));
        return new ScoredTerm(tx, MarkReader.Score(term.Gk, $"{at}.gk", errors), MarkReader.Score(term.Ck, $"{at}.ck", errors));
    }

    private static CommentSubject? ReadComment(CalculatorSubject s, string at, CalculatorErrors errors)
    {
        if (s.RegularCount is { } given && given != Tt22.CommentRegularCount)
        {
            errors.Add($"{at}.regularCount", "Môn đánh giá bằng nhận xét có 2 lần đánh giá thường xuyên mỗi học kì.");
            return null;
        }
        return new CommentSubject(s.Code ?? "")
        {
            Name = s.Name,
            Hk1 = ReadCommentTerm(s.Hk1, $"{at}.hk1", errors),
            Hk2 = ReadCommentTerm(s.Hk2, $"{at}.hk2", errors),
            Year = MarkReader.Comment(s.Year, $"{at}.year", errors),
        };
    }

    private static CommentTerm? ReadCommentTerm(CalculatorTerm? term, string at, CalculatorErrors errors)
    {
        if (term is null)
        {
            return null;
        }
        if (term.Result is not null)
        {
            OnlyOne(term, at, errors);
            var result = MarkReader.Comment(term.Result);
            if (result is null)
            {
                errors.Add($"{at}.result", "Kết quả học kì của môn nhận xét là \"D\" hoặc \"CD\".");
            }
            return result is { } r ? CommentTerm.Recorded(r) : null;
        }
        if (!MarkReader.IsAbsent(term.Average))
        {
            errors.Add($"{at}.average", "Môn đánh giá bằng nhận xét không có điểm trung bình; dùng \"result\": \"D\" hoặc \"CD\".");
        }
        var tx = Tx(term, Tt22.CommentRegularCount, at, errors, (value, field) => MarkReader.Comment(value, field, errors));
        return new CommentTerm(tx, MarkReader.Comment(term.Gk, $"{at}.gk", errors), MarkReader.Comment(term.Ck, $"{at}.ck", errors));
    }

    private static T?[] Tx<T>(CalculatorTerm term, int regularCount, string at, CalculatorErrors errors, Func<System.Text.Json.JsonElement?, string, T?> read)
        where T : struct
    {
        var given = term.Tx ?? [];
        if (given.Count > regularCount)
        {
            errors.Add($"{at}.tx", $"Có {given.Count} điểm đánh giá thường xuyên, nhiều hơn {regularCount} mà môn này cần mỗi học kì.");
        }
        var tx = new T?[Math.Min(given.Count, regularCount)];
        for (var j = 0; j < given.Count; j++)
        {
            var value = read(given[j], $"{at}.tx[{j}]");
            if (j < tx.Length)
            {
                tx[j] = value;
            }
        }
        return tx;
    }

    private static bool HasAssessments(CalculatorTerm? term) =>
        term is not null && (term.Tx is { Count: > 0 } || !MarkReader.IsAbsent(term.Gk) || !MarkReader.IsAbsent(term.Ck) || MarkReader.IsAbsent(term.Average));

    private static void OnlyOne(CalculatorTerm term, string at, CalculatorErrors errors)
    {
        if (term.Tx is { Count: > 0 } || !MarkReader.IsAbsent(term.Gk) || !MarkReader.IsAbsent(term.Ck))
        {
            errors.Add(at, "Gửi hoặc kết quả học kì đã ghi, hoặc các điểm đánh giá, không gửi cả hai.");
        }
    }

    private static Tt22Summer? Summer(CalculatorSummer? summer, List<Tt22Subject> subjects, CalculatorErrors errors)
    {
        if (summer is null)
        {
            return null;
        }
        var retests = new Dictionary<string, SubjectMark>(StringComparer.Ordinal);
        foreach (var (code, value) in summer.Retests ?? new Dictionary<string, System.Text.Json.JsonElement>())
        {
            var field = $"summer.retests.{code}";
            switch (subjects.Find(s => s.Code == code))
            {
                case ScoredSubject:
                    if (MarkReader.Score(value, field, errors) is { } score)
                    {
                        retests[code] = SubjectMark.Of(score);
                    }
                    break;
                case CommentSubject:
                    if (MarkReader.Comment(value, field, errors) is { } result)
                    {
                        retests[code] = SubjectMark.Of(result);
                    }
                    break;
                default:
                    errors.Add(field, $"Không có môn {code} trong danh sách môn học.");
                    break;
            }
        }
        return new Tt22Summer { Conduct = MarkReader.Level(summer.Conduct, "summer.conduct", errors), Retests = retests };
    }
}
