using System.Security.Claims;
using Charter.Domain.Translations;
using Charter.Web.Accounts;
using Charter.Web.Storage;

namespace Charter.Web.Translations;

/// <summary>
/// <c>POST /charters/{charter}/translations/{language}/{entryId}/start</c> and <c>…/confirm</c>:
/// what the translation editor's buttons call. They answer 204 once the change is stored and
/// broadcast; the page sees it arrive in its Doc like any other edit. A request must carry the
/// <see cref="RequestHeader"/> header, which a page on another site cannot add without the
/// browser asking this server first (CORS), so a hostile form cannot press these buttons.
/// Only people who may edit (members and stewards) may start or confirm a translation.
/// </summary>
public static class TranslationEndpoints
{
    public const string RequestHeader = "X-Charter-Request";
    public static IEndpointRouteBuilder MapTranslationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var entry = endpoints.MapGroup("/charters/{charter}/translations/{language}/{entryId}")
            .RequireAuthorization(CharterPolicies.Editor);
        entry.MapPost("/start", StartAsync);
        entry.MapPost("/confirm", ConfirmAsync);
        return endpoints;
    }

    public static Task<IResult> StartAsync(
        string charter, string language, string entryId, HttpContext context, TranslationCommands commands) =>
        RunAsync(context, () => commands.StartAsync(charter, entryId, language, UserId(context), context.RequestAborted));

    public static Task<IResult> ConfirmAsync(
        string charter, string language, string entryId, HttpContext context, TranslationCommands commands) =>
        RunAsync(context, () => commands.ConfirmAsync(charter, entryId, language, UserId(context), context.RequestAborted));

    private static async Task<IResult> RunAsync(HttpContext context, Func<Task> command)
    {
        if (!context.Request.Headers.ContainsKey(RequestHeader))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing request header",
                detail: $"Send the {RequestHeader} header with this request; the translation editor does.");
        }

        // Deny by default: the standing is read again here, as of now, not only by the route's policy.
        if (await context.RequestServices.GetRequiredService<PeopleRoster>().FindAsync(context.User, context.RequestAborted) is not { CanEdit: true })
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not allowed",
                detail: "Only active members and stewards can start or confirm a translation.");
        }

        try
        {
            await command();
            return Results.NoContent();
        }
        catch (CharterNotFoundException notFound)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such charter", detail: notFound.Message);
        }
        catch (TranslationException refused)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Translation not changed", detail: refused.Message);
        }
    }

    /// <summary>
    /// The person's id, as the hub records it: the update log and <c>clause_editors</c> name people
    /// by id, never by e-mail (which a person may change and which names no one in the roster).
    /// </summary>
    private static string? UserId(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
