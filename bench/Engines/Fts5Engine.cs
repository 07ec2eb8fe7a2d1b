using System.Diagnostics;
using LegalSearch.Indexer.Domain;
using Microsoft.Data.Sqlite;

namespace LegalSearch.Bench.Engines;

/// <summary>How much an FTS5 query does: the 10 best ids only, or also a snippet per hit, the total and the country/language counts.</summary>
internal enum Fts5Work
{
    TopTen,
    Full,
}

/// <summary>
/// The reference engine: SQLite FTS5 (bundled e_sqlite3), one row per provision, <c>unicode61 remove_diacritics 2</c>,
/// BM25 ranking. A statute is replaced in one transaction (delete its rows, insert the new ones), as our writer
/// replaces a statute in one commit.
/// </summary>
internal sealed class Fts5Engine : IDisposable
{
    private const string Schema = """
        CREATE VIRTUAL TABLE provisions USING fts5(
            id UNINDEXED, statute_id UNINDEXED, country UNINDEXED, language UNINDEXED, heading, text,
            tokenize = 'unicode61 remove_diacritics 2');
        """;

    private readonly SqliteConnection connection;

    private Fts5Engine(SqliteConnection connection)
    {
        this.connection = connection;
    }

    public static Fts5Engine Open(string path) => new(Connect(path));

    public static IndexBuild Build(IEnumerable<Statute> statutes, string path)
    {
        if (File.Exists(path)) File.Delete(path);
        var stopwatch = Stopwatch.StartNew();
        var provisions = 0;
        using (var connection = Connect(path))
        {
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, Schema);
            foreach (var statute in statutes) provisions += Replace(connection, statute);
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        return new IndexBuild(provisions, stopwatch.Elapsed, DiskSize.Of(path));
    }

    /// <summary>Runs one MATCH expression; returns the number of rows the query produced (so nothing is optimised away).</summary>
    public int Search(string match, string? country, string? language, Fts5Work work)
    {
        var filter = (country is null ? "" : " AND country = $country") + (language is null ? "" : " AND language = $language");
        var read = Read(work == Fts5Work.TopTen
            ? $"SELECT id FROM provisions WHERE provisions MATCH $q{filter} ORDER BY rank LIMIT 10"
            : $"SELECT id, snippet(provisions, 5, '<mark>', '</mark>', '…', 24) FROM provisions WHERE provisions MATCH $q{filter} ORDER BY rank LIMIT 10",
            match, country, language);
        if (work == Fts5Work.Full)
        {
            read += Read($"SELECT country, language, count(*) FROM provisions WHERE provisions MATCH $q{filter} GROUP BY country, language", match, country, language);
        }
        return read;
    }

    private int Read(string sql, string match, string? country, string? language)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$q", match);
        if (country is not null) command.Parameters.AddWithValue("$country", country);
        if (language is not null) command.Parameters.AddWithValue("$language", language);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
            rows++;
        }
        return rows;
    }

    private static int Replace(SqliteConnection connection, Statute statute)
    {
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM provisions WHERE statute_id = $statute";
            delete.Parameters.AddWithValue("$statute", statute.Id);
            delete.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO provisions (id, statute_id, country, language, heading, text) VALUES ($id, $statute, $country, $language, $heading, $text)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.AddWithValue("$statute", statute.Id);
        insert.Parameters.AddWithValue("$country", statute.Metadata.Country);
        insert.Parameters.AddWithValue("$language", statute.Language);
        var heading = insert.Parameters.Add("$heading", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        foreach (var provision in statute.Provisions)
        {
            id.Value = $"{statute.Id}/art-{provision.Slug}";
            heading.Value = (object?)provision.Heading ?? DBNull.Value;
            text.Value = provision.Text;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return statute.Provisions.Count;
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
