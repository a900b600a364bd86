namespace VCRunbooks.Server.Questions;

/// <summary>An answer; it must be one of the question's allowed answers.</summary>
internal sealed record AnswerRequest(string? Answer);
