using System.Text.Json.Serialization;
using Progeny.Samples.AspNet;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;

var builder = WebApplication.CreateBuilder(args);

// The Progeny client, bound from the "Progeny" section (appsettings.json, user secrets, environment variables).
var progeny = builder.Configuration.GetSection("Progeny");
builder.Services.AddProgenyClient(progeny);

// Every uploaded photo is turned upright, shrunk to at most 1080 px high and stripped of its metadata before it is sent.
builder.Services.AddProgenyImagePreparation();

if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(progeny["Username"]))
{
    // In Development without Progeny:Username, the fake Progeny server runs in this process and the client calls it.
    builder.Services.AddEmbeddedProgenyServer();
}
else
{
    // Anywhere else, missing credentials or options that cannot work stop the application when it starts, not at the
    // first upload (AddProgenyClient validates the options when the client is first resolved).
    builder.Services.AddOptions<ProgenyClientOptions>()
        .Validate(
            options => !string.IsNullOrWhiteSpace(options.Username) && !string.IsNullOrEmpty(options.Password),
            "The Progeny credentials are missing: set Progeny:Username and Progeny:Password (user secrets, or the environment variables Progeny__Username and Progeny__Password). Only the Development environment runs without them, on the embedded fake Progeny server.")
        .ValidateOnStart();
}

// Errors as RFC 7807 problem details; Progeny's failures mapped to status codes in one place.
// The problems the framework answers itself (413, 415, an unreadable form) say what the upload endpoints expect.
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ImageUploads.Explain);
builder.Services.AddExceptionHandler<ProgenyExceptionHandler>();
// A malformed request answers 400 in every environment (Development would otherwise throw it as a 500). A request that
// is not a form (415, from routing), a body over the endpoint's limit (413) and an unreadable form (400) are answered
// by the framework itself and never reach an exception handler: ImageUploads.Explain words them.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/", UploadPage.Get);
// The upload endpoints take images up to the client's MaxImageBytes; a larger request body is refused with 413.
var maxImageBytes = progeny.GetValue(nameof(ProgenyClientOptions.MaxImageBytes), new ProgenyClientOptions().MaxImageBytes);
app.MapPassports(maxImageBytes);
app.MapKyc(maxImageBytes);

app.Run();
