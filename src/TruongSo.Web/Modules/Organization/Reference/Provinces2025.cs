namespace TruongSo.Web.Modules.Organization.Reference;

/// <summary>
/// The 34 provincial units from 1 July 2025 (Nghị quyết 202/2025/QH15) with their codes under
/// QĐ 19/2025/QĐ-TTg; a merged province kept the code of the province holding the new seat.
/// </summary>
public static class Provinces2025
{
    public sealed record Province(string Code, string Name);

    public static readonly IReadOnlyList<Province> All =
    [
        new("01", "Thành phố Hà Nội"), new("04", "Tỉnh Cao Bằng"), new("08", "Tỉnh Tuyên Quang"),
        new("11", "Tỉnh Điện Biên"), new("12", "Tỉnh Lai Châu"), new("14", "Tỉnh Sơn La"),
        new("15", "Tỉnh Lào Cai"), new("19", "Tỉnh Thái Nguyên"), new("20", "Tỉnh Lạng Sơn"),
        new("22", "Tỉnh Quảng Ninh"), new("24", "Tỉnh Bắc Ninh"), new("25", "Tỉnh Phú Thọ"),
        new("31", "Thành phố Hải Phòng"), new("33", "Tỉnh Hưng Yên"), new("37", "Tỉnh Ninh Bình"),
        new("38", "Tỉnh Thanh Hóa"), new("40", "Tỉnh Nghệ An"), new("42", "Tỉnh Hà Tĩnh"),
        new("44", "Tỉnh Quảng Trị"), new("46", "Thành phố Huế"), new("48", "Thành phố Đà Nẵng"),
        new("51", "Tỉnh Quảng Ngãi"), new("52", "Tỉnh Gia Lai"), new("56", "Tỉnh Khánh Hòa"),
        new("66", "Tỉnh Đắk Lắk"), new("68", "Tỉnh Lâm Đồng"), new("75", "Tỉnh Đồng Nai"),
        new("79", "Thành phố Hồ Chí Minh"), new("80", "Tỉnh Tây Ninh"), new("82", "Tỉnh Đồng Tháp"),
        new("86", "Tỉnh Vĩnh Long"), new("91", "Tỉnh An Giang"), new("92", "Thành phố Cần Thơ"),
        new("96", "Tỉnh Cà Mau"),
    ];
}
