namespace VCRunbooks.VCenter.Update;

/// <summary>How a precheck question's answer is entered.</summary>
public enum QuestionInputType
{
    PlainText,
    Boolean,
    Password,
}
