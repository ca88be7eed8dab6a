using System.Diagnostics.CodeAnalysis;

// Integration with main's public API tracking (added after this project branched off): FakeFault.Status has an
// optional-parameter overload next to one taking a Retry-After date; the two cannot be confused at a call site.
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "Status(int, string?, TimeSpan?) and Status(int, string?, DateTimeOffset) differ in the type of their last parameter.", Scope = "member", Target = "~M:Progeny.Sdk.Testing.FakeFault.Status(System.Int32,System.String,System.Nullable{System.TimeSpan})~Progeny.Sdk.Testing.FakeFault")]
