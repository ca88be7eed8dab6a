using System.Text.Json.Serialization;
using Progeny.Samples.AspNet;
using Progeny.Sdk;
using Progeny.Sdk.Imaging;

var builder = WebApplication.CreateBuilder(args);

// The Progeny client, bound from the "Progeny" section (appsettings.json, user secrets, environment variables).
builder.Services.AddProgenyClient(builder.Configuration.GetSection("Progeny"));

// Every uploaded photo is turned upright, shrunk to at most 1080 px high and stripped of its metadata before it is sent.
builder.Services.AddProgenyImagePreparation();

// Without Progeny:Username, start the fake Progeny server in this process and point the client at it.
builder.Services.AddEmbeddedProgenyServer(builder.Configuration.GetSection("Progeny"));

// Errors as RFC 7807 problem details; Progeny's failures mapped to status codes in one place.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProgenyExceptionHandler>();
// A malformed request answers 400 in every environment (Development would otherwise throw it as a 500).
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapGet("/", UploadPage.Get);
app.MapPassports();

app.Run();
