using System.Net;
using System.Text.RegularExpressions;

namespace TruongSo.Tests.Infrastructure;

/// <summary>Pages as a browser without JavaScript uses them: a cookie from the sign-in form, and form posts.</summary>
public static partial class Pages
{
    /// <summary>A client signed in through the /dang-nhap form, keeping its cookies; redirects are not followed.</summary>
    public static async Task<HttpClient> SignedInAsync(this TestApp app, TestUser user)
    {
        var client = app.Anonymous();
        var response = await client.PostFormAsync("/dang-nhap", "sign-in", new() { ["Input.UserName"] = user.UserName, ["Input.Password"] = user.Password });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a signed-in user is sent on");
        return client;
    }

    /// <summary>Opens the page for its anti-forgery token, then posts the named form, as a browser does.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        token.Success.Should().BeTrue($"{url} has a form with an anti-forgery token");
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static async Task<string> PageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        // The CSP (script-src 'self'; style-src 'self') would block these in a browser.
        html.Should().NotContain(" style=").And.NotMatchRegex("<script(?![^>]*\\bsrc=)");
        return WebUtility.HtmlDecode(html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
