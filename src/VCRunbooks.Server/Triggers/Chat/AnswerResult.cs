namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>What a click on an answer button came to.</summary>
internal enum AnswerResult
{
    Answered,
    NotAllowed,
    AlreadyAnswered,
    Unknown,
    Refused,
}
