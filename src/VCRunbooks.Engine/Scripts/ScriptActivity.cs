using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Scripts;

/// <summary>An activity as a script calls it: its descriptor and its inputs in the generated method's parameter order.</summary>
internal sealed record ScriptActivity(ActivityDescriptor Descriptor, IReadOnlyList<InputDescriptor> Parameters);
