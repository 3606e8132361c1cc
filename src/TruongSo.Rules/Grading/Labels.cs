namespace TruongSo.Rules.Grading;

/// <summary>The Vietnamese words for the levels, as the sổ điểm and học bạ print them.</summary>
public static class Labels
{
    public static string Vi(Achievement level) => level switch
    {
        Achievement.Tot => "Tốt",
        Achievement.Kha => "Khá",
        Achievement.Dat => "Đạt",
        _ => "Chưa đạt",
    };

    public static string Vi(CommentResult result) => result == CommentResult.Dat ? "Đạt" : "Chưa đạt";

    public static string Vi(SubjectMark mark) => mark.Score is { } s ? s.ToVietnamese() : Vi(mark.Comment ?? CommentResult.ChuaDat);

    public static string Vi(Term term) => term switch
    {
        Term.Hk1 => "học kì I",
        Term.Hk2 => "học kì II",
        _ => "cả năm",
    };

    public static string Vi(Outcome outcome) => outcome switch
    {
        Outcome.LenLop => "Lên lớp",
        Outcome.OLaiLop => "Ở lại lớp",
        _ => "Chờ kết quả hè",
    };

    public static string Vi(Honour honour) => honour == Honour.XuatSac ? "Học sinh Xuất sắc" : "Học sinh Giỏi";
}
