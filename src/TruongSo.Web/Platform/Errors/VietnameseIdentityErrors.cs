using Microsoft.AspNetCore.Identity;

namespace TruongSo.Web.Platform.Errors;

/// <summary>Identity's messages in Vietnamese; the code stays as the machine-readable key.</summary>
internal sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Đã có lỗi, vui lòng thử lại.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác sửa; hãy tải lại trang và thử lại.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Mật khẩu hiện tại không đúng.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Mã xác nhận không hợp lệ hoặc đã hết hạn.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Tên đăng nhập '{userName}' chỉ được chứa chữ không dấu, số và các ký tự - . _ @ +.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Tên đăng nhập '{userName}' đã có người dùng.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"Địa chỉ thư điện tử '{email}' không hợp lệ.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Địa chỉ thư điện tử '{email}' đã được dùng.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0–9).");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a–z).");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A–Z).");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Tài khoản này không bật khoá khi đăng nhập sai.");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}
