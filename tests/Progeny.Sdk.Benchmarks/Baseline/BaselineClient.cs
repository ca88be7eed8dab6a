using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Progeny.Sdk.Benchmarks.Baseline;

/// <summary>
/// What a developer writes by hand with <see cref="HttpClient"/> and System.Text.Json source generation: log in once,
/// POST a service's form as multipart, GET the task on a fixed schedule until it is finished, parse the result. It has a
/// careful client's cheap guarantees: a timeout on every request (<see cref="HttpClient.Timeout"/>, 100 s by default)
/// and a status check on every answer. No token renewal, retries, validation or error mapping: the floor the SDK is
/// compared with.
/// </summary>
internal sealed class BaselineClient(HttpClient http, TimeProvider clock, BaselineSchedule schedule)
{
    private string? _access;

    public async Task LoginAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(username), "username" },
            { new StringContent(password), "password" },
        };
        using var response = await http.PostAsync("accounts/token/obtain/", form, cancellationToken);
        response.EnsureSuccessStatusCode();
        var tokens = await response.Content.ReadFromJsonAsync(BaselineJson.Default.BaselineTokens, cancellationToken);
        _access = tokens!.Access;
    }

    /// <summary>ocr_passport: POST the image, wait, parse the document.</summary>
    public async Task<BaselineDocument> OcrPassportAsync(Stream image, string fileName, CancellationToken cancellationToken = default)
    {
        var taskId = await SubmitAsync(image, fileName, cancellationToken);
        var task = await WaitAsync(taskId, BaselineJson.Default.BaselineTaskBaselineDocumentData, static task => task.Succeeded, cancellationToken);
        return task.Result?.Data?.Document ?? throw new InvalidOperationException("No document.");
    }

    /// <summary>ocr_passport's upload: the image as <c>passport_image</c>, <c>extend_data</c> false.</summary>
    public Task<string> SubmitAsync(Stream image, string fileName, CancellationToken cancellationToken = default) =>
        SubmitAsync("services/ocr_passport/", new MultipartFormDataContent { { Jpeg(image), "passport_image", fileName }, { new StringContent("false"), "extend_data" } }, cancellationToken);

    /// <summary>A service whose finished task comes in the task envelope: POST the form, wait for SUCCESS, return the task parsed.</summary>
    public async Task<BaselineTask<TData>> RunAsync<TData>(string path, MultipartFormDataContent form, JsonTypeInfo<BaselineTask<TData>> body, CancellationToken cancellationToken = default) =>
        await WaitAsync(await SubmitAsync(path, form, cancellationToken), body, static task => task.Succeeded, cancellationToken);

    /// <summary>POSTs a form to a service's path (<c>services/&lt;name&gt;/</c>) and returns the task id; the form is disposed.</summary>
    public async Task<string> SubmitAsync(string path, MultipartFormDataContent form, CancellationToken cancellationToken = default)
    {
        using var upload = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _access);
        using var response = await http.SendAsync(upload, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BaselineJson.Default.BaselineCreated, cancellationToken))!.Id;
    }

    /// <summary>GETs the task on the schedule until <paramref name="finished"/> says so, and returns it parsed.</summary>
    public async Task<T> WaitAsync<T>(string taskId, JsonTypeInfo<T> body, Func<T, bool> finished, CancellationToken cancellationToken = default)
    {
        if (schedule.FirstDelay > TimeSpan.Zero)
        {
            await Task.Delay(schedule.FirstDelay, clock, cancellationToken);
        }

        while (true)
        {
            using var poll = new HttpRequestMessage(HttpMethod.Get, "services/task/?id=" + Uri.EscapeDataString(taskId));
            poll.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _access);
            using (var response = await http.SendAsync(poll, cancellationToken))
            {
                response.EnsureSuccessStatusCode();
                var task = await response.Content.ReadFromJsonAsync(body, cancellationToken);
                if (task is not null && finished(task))
                {
                    return task;
                }
            }

            await Task.Delay(schedule.Interval, clock, cancellationToken);
        }
    }

    /// <summary>An image part: the stream as <c>image/jpeg</c>.</summary>
    public static StreamContent Jpeg(Stream image)
    {
        var content = new StreamContent(image);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }
}

/// <summary>A fixed polling schedule: the first status request after <see cref="FirstDelay"/>, then every <see cref="Interval"/>.</summary>
internal sealed record BaselineSchedule(string Name, TimeSpan FirstDelay, TimeSpan Interval)
{
    /// <summary>Fixed 1 s polling (what Azure's SDK does).</summary>
    public static BaselineSchedule Fixed1s { get; } = new("fixed 1 s", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    /// <summary>2 s before the first poll, then every 1.5 s (what Mindee's SDK does).</summary>
    public static BaselineSchedule Mindee { get; } = new("2 s + 1.5 s (Mindee)", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1.5));

    /// <summary>1 s before the first poll, then every 1.5 s: a candidate for the SDK, shown for comparison only.</summary>
    public static BaselineSchedule Candidate { get; } = new("1 s + 1.5 s (candidate)", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5));

    /// <summary>No wait before the first poll: for a task that is already finished.</summary>
    public static BaselineSchedule Immediate { get; } = new("immediate", TimeSpan.Zero, TimeSpan.FromSeconds(1));
}
