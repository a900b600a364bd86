namespace VCRunbooks.Server.Questions;

/// <summary>An answer; it must be one of the question's allowed answers.</summary>
public sealed record AnswerRequest(string? Answer);
