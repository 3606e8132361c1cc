using TruongSo.Web.Modules.Records.Rendition;

/// <summary>A THCS grade-6 year as the demo records it: thirteen subjects, three periods, comments.</summary>
internal static class Sample
{
    private static readonly (string Code, string Name, bool Comment)[] Subjects =
    [
        ("NGUVAN", "Ngữ văn", false), ("TOAN", "Toán", false), ("NN1", "Ngoại ngữ 1", false), ("GDCD", "Giáo dục công dân", false),
        ("LSDL", "Lịch sử và Địa lí", false), ("KHTN", "Khoa học tự nhiên", false), ("CONGNGHE", "Công nghệ", false), ("TINHOC", "Tin học", false),
        ("GDTC", "Giáo dục thể chất", true), ("NGHETHUAT", "Nghệ thuật", true), ("HDTN", "Hoạt động trải nghiệm, hướng nghiệp", true),
        ("GDDP", "Nội dung giáo dục của địa phương", false),
    ];

    public static TranscriptModel Model(string fullName) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "Trường THCS Nguyễn Trãi", "01THCS001", "2025-2026", "6A1", 6, TranscriptForm.Tt22,
        fullName, "0100000001", "001213000001", new DateOnly(2013, 3, 14), "Nữ", "Kinh", "Hà Nội", "phố Kim Mã, Ba Đình, Hà Nội",
        [.. Subjects.Select(s => s.Comment
            ? new SubjectLine(s.Code, s.Name, true, "Đ", "Đ", "Đ", "", "Tích cực tham gia.")
            : new SubjectLine(s.Code, s.Name, false, "7,8", "8,4", "8,2", "", "Có tiến bộ, cần cẩn thận hơn khi trình bày."))],
        [new("Học kì I", "Khá", "Tốt", "2"), new("Học kì II", "Tốt", "Tốt", "1"), new("Cả năm", "Tốt", "Tốt", "3")], [],
        "Lên lớp", "", "", "Lên lớp", "Học sinh Giỏi", "Chăm ngoan, tiến bộ rõ rệt ở môn Toán; cần mạnh dạn phát biểu.", "Đặng Văn Hùng", "Nguyễn Thị Thu Hà", YearLocked: true);
}
