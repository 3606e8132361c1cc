using TruongSo.Web.Modules.ContactBook.Reach;
using TruongSo.Web.Platform.Errors;

namespace TruongSo.Web.Modules.ContactBook.Messages;

/// <summary>Threads between a family and the child's teachers: the family at /gia-dinh/{child}/tin-nhan, teachers at /lien-lac/tin-nhan.</summary>
public static class MessagesSetup
{
    private const string NotFound = "cuộc trao đổi này";

    public static IServiceCollection AddMessages(this IServiceCollection services)
    {
        services.AddContactBookReach();
        return services.AddScoped<ThreadAccess>().AddScoped<MessageWriter>().AddScoped<StartThread>().AddScoped<ReplyToThread>()
            .AddScoped<ThreadLists>().AddScoped<ChildTeachers>();
    }

    public static WebApplication MapMessages(this WebApplication app)
    {
        var portal = app.PortalChild();
        portal.MapGet("/teachers", async (Guid studentId, HttpContext http, ChildTeachers handler, CancellationToken ct) =>
                await handler.HandleAsync(http.User, studentId, ct) is { } list ? Results.Ok(list) : Problems.NotFound("học sinh này"))
            .WithSummary("Giáo viên phụ huynh có thể nhắn tin: chủ nhiệm và giáo viên bộ môn của lớp con đang học");
        portal.MapGet("/messages", async (Guid studentId, HttpContext http, ThreadLists handler, CancellationToken ct) =>
                await handler.ForChildAsync(http.User, studentId, ct) is { } list ? Results.Ok(list) : Problems.NotFound("học sinh này"))
            .WithSummary("Các cuộc trao đổi của gia đình với giáo viên về học sinh này, kèm số tin chưa đọc");
        portal.MapPost("/messages", async (Guid studentId, StartThreadRequest request, HttpContext http, StartThread handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, studentId, request, ct)).ToResult(t => Results.Created($"/api/v1/portal/children/{studentId}/messages/{t.Id}", t)))
            .WithSummary("Bắt đầu trao đổi với một giáo viên của con (mặc định: giáo viên chủ nhiệm)");
        portal.MapGet("/messages/{threadId:guid}", async (Guid studentId, Guid threadId, HttpContext http, ThreadLists handler, CancellationToken ct) =>
                await handler.OpenAsync(http.User, threadId, studentId, ct) is { } view ? Results.Ok(view) : Problems.NotFound(NotFound))
            .WithSummary("Một cuộc trao đổi với các tin nhắn (đánh dấu đã đọc)");
        portal.MapPost("/messages/{threadId:guid}/replies", async (Guid studentId, Guid threadId, ReplyRequest request, HttpContext http, ReplyToThread handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, threadId, studentId, request, ct)).ToResult(r => Results.Created($"/api/v1/portal/children/{studentId}/messages/{threadId}", r)))
            .WithSummary("Trả lời trong một cuộc trao đổi");

        var staff = app.StaffContactBook();
        staff.MapGet("/threads", async (HttpContext http, ThreadLists handler, CancellationToken ct) => Results.Ok(await handler.ForTeacherAsync(http.User, ct)))
            .WithSummary("Các cuộc trao đổi với gia đình học sinh: gửi tới mình, và của các lớp mình chủ nhiệm");
        staff.MapGet("/threads/{threadId:guid}", async (Guid threadId, HttpContext http, ThreadLists handler, CancellationToken ct) =>
                await handler.OpenAsync(http.User, threadId, null, ct) is { } view ? Results.Ok(view) : Problems.NotFound(NotFound))
            .WithSummary("Một cuộc trao đổi với các tin nhắn (đánh dấu đã đọc)");
        staff.MapPost("/threads/{threadId:guid}/replies", async (Guid threadId, ReplyRequest request, HttpContext http, ReplyToThread handler, CancellationToken ct) =>
                (await handler.HandleAsync(http.User, threadId, null, request, ct)).ToResult(r => Results.Created($"/api/v1/contact-book/threads/{threadId}", r)))
            .WithSummary("Giáo viên trả lời gia đình");
        return app;
    }
}
