using SQLitePCL;

namespace VCRunbooks.Engine.Persistence;

/// <summary>A prepared SQLite statement with the positions of its parameters @p0, @p1...</summary>
internal sealed record PreparedStatement(sqlite3_stmt Statement, int[] Indexes);
