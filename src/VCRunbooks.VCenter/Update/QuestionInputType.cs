namespace VCRunbooks.VCenter.Update;

/// <summary>How a precheck question's answer is entered.</summary>
public enum QuestionInputType
{
    /// <summary>Free text (wire <c>PLAIN_TEXT</c>).</summary>
    PlainText,
    /// <summary>Yes or no (<c>BOOLEAN</c>).</summary>
    Boolean,
    /// <summary>A secret: not echoed, never logged (<c>PASSWORD</c>).</summary>
    Password,
}
