using TruongSo.Web.Modules.Records.Rendition;

namespace TruongSo.Tests.Modules.Records.Rendition;

/// <summary>A transcript model without a database, for tests of the drawing alone.</summary>
public static class SampleTranscript
{
    public static TranscriptModel Model(string fullName, TranscriptForm form = TranscriptForm.Tt22) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "Trường THCS Nguyễn Trãi", "01THCS001", "2025-2026", "6A1", 6, form,
        fullName, "0100000001", "001213000001", new DateOnly(2013, 3, 14), "Nam", "Kinh", "Hà Nội", "Ba Đình, Hà Nội",
        [new("TOAN", "Toán", false, "8,0", "8,5", "8,3", "", "Tiến bộ"), new("GDTC", "Giáo dục thể chất", true, "Đ", "Đ", "Đ", "", "")],
        [new("Học kì I", "Khá", "Tốt", "1"), new("Học kì II", "Tốt", "Tốt", "0"), new("Cả năm", "Tốt", "Tốt", "1")], [],
        "Lên lớp", "", "", "Lên lớp", "Học sinh Giỏi", "Ngoan.", "Lê Thị Hoa", "Phạm Văn Hiệu", YearLocked: true);
}
