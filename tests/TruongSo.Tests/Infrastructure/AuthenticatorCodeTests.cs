namespace TruongSo.Tests.Infrastructure;

/// <summary>
/// The helper that the 2FA tests (API and browser) trust, checked against RFC 6238 Appendix B, so
/// that a passing 2FA test means the app agrees with the RFC and not merely with itself.
/// </summary>
public sealed class AuthenticatorCodeTests
{
    // The RFC's SHA-1 seed "12345678901234567890", base32-encoded; its codes are 8 digits, ours the last 6.
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(20000000000, "353130")]
    public void Matches_the_RFC_6238_test_vectors(long unixSeconds, string expected) =>
        AuthenticatorCode.At(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).Should().Be(expected);

    [Fact]
    public void Reads_the_key_as_the_account_page_shows_it() =>
        AuthenticatorCode.At("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", DateTimeOffset.FromUnixTimeSeconds(59)).Should().Be("287082");
}
