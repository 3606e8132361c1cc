namespace TruongSo.Rules.Grading;

/// <summary>
/// The four levels of kết quả học tập and kết quả rèn luyện (TT22 Điều 8, 9), ordered so that a
/// higher value is a better level and "one level up" is +1.
/// </summary>
public enum Achievement
{
    ChuaDat = 0,
    Dat = 1,
    Kha = 2,
    Tot = 3,
}

/// <summary>The result of a subject assessed by comments only (TT22 Điều 5): Đạt (Đ) or Chưa đạt (CĐ).</summary>
public enum CommentResult
{
    ChuaDat = 0,
    Dat = 1,
}

/// <summary>TT22 Điều 5: comment only (Đ/CĐ) or comments combined with scores.</summary>
public enum SubjectKind
{
    Scored,
    Comment,
}

public enum Term
{
    Hk1,
    Hk2,
    Year,
}

/// <summary>TT22 Điều 12–14: promoted, repeats the grade, or waits for the summer (training and/or re-tests).</summary>
public enum Outcome
{
    LenLop,
    OLaiLop,
    ChoHe,
}

/// <summary>TT22 Điều 15 titles (and TT27 Điều 13 "Học sinh Xuất sắc").</summary>
public enum Honour
{
    Gioi,
    XuatSac,
}
