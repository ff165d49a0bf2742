using Flexo.Fml.Syntax;

namespace Flexo.Fml.Formatting;

/// <summary>Statements: one a line, bodies of <c>if</c>, <c>else</c> and loops always in braces.</summary>
internal sealed partial class FmlPrinter
{
    /// <summary>
    /// Prints <c>{</c>, the statements one level deeper, and <c>}</c>, leaving the line of the <c>}</c> open (for
    /// <c>else</c>, <c>while (c);</c> or <c>;</c>).
    /// </summary>
    private void BlockBody(BlockSyntax block)
    {
        _writer.Token(block.OpenBrace);
        _writer.EndLine();
        _writer.Indent++;
        Statements(block.Statements);
        _writer.CloseBlock(block.CloseBrace);
    }

    /// <summary>
    /// The body of <c>if</c>, <c>else</c>, a loop or <c>onfailure:</c>: a block as it is, any other statement wrapped in
    /// braces; an empty statement (<c>if (c);</c>) becomes an empty block. The line of the <c>}</c> is left open.
    /// </summary>
    private void EmbeddedStatement(StatementSyntax statement)
    {
        if (statement is BlockSyntax block)
        {
            BlockBody(block);
            return;
        }

        if (_conservative)
        {
            // No braces added: the statement as written, on the same line when empty, else on the next line.
            if (statement is EmptyStatementSyntax empty)
            {
                _writer.Token(empty.Semicolon);
                return;
            }

            _writer.EndLine();
            _writer.Indent++;
            Statement(statement);
            _writer.Indent--;
            return;
        }

        _writer.TextBeforeLineEnd("{");
        _writer.EndLine();
        _writer.Indent++;
        Statements([statement]);
        _writer.CloseBlock(null);
    }

    /// <summary>
    /// Statements one a line. A blank line the source had before a statement (other than the first) is kept, as one
    /// blank line; empty statements (a stray <c>;</c>) are dropped, their comments kept.
    /// </summary>
    private void Statements(IReadOnlyList<StatementSyntax> statements)
    {
        var printed = 0;
        foreach (var statement in statements)
        {
            if (statement is EmptyStatementSyntax empty)
            {
                _writer.Skip(empty.Semicolon);
                _writer.EndLine();
                continue;
            }

            if (printed > 0)
            {
                _writer.AllowBlankLineFromSource();
            }

            Statement(statement);
            printed++;
        }
    }

    private void Statement(StatementSyntax statement)
    {
        switch (statement)
        {
            case BlockSyntax block:
                BlockBody(block);
                break;
            case LocalDeclarationStatementSyntax local:
                VariableDeclaration(local.Declaration);
                _writer.Token(local.Semicolon);
                break;
            case ExpressionStatementSyntax expression:
                Expression(expression.Expression, Slot.Statement);
                _writer.Token(expression.Semicolon);
                break;
            case IfStatementSyntax @if:
                If(@if);
                break;
            case WhileStatementSyntax @while:
                _writer.Token(@while.WhileKeyword);
                _writer.Space();
                Condition(@while.OpenParen, @while.Condition, @while.CloseParen);
                _writer.Space();
                EmbeddedStatement(@while.Statement);
                break;
            case DoStatementSyntax @do:
                _writer.Token(@do.DoKeyword);
                _writer.Space();
                EmbeddedStatement(@do.Statement);
                _writer.Space();
                _writer.Token(@do.WhileKeyword);
                _writer.Space();
                Condition(@do.OpenParen, @do.Condition, @do.CloseParen);
                _writer.Token(@do.Semicolon);
                break;
            case ForStatementSyntax @for:
                For(@for);
                break;
            case ForEachStatementSyntax forEach:
                _writer.Token(forEach.ForKeyword);
                _writer.Space();
                _writer.Token(forEach.OpenParen);
                Type(forEach.Type);
                _writer.Space();
                _writer.Token(forEach.Identifier);
                _writer.Space();
                _writer.Token(forEach.Colon);
                _writer.Space();
                Expression(forEach.Collection, Slot.Action);
                _writer.Token(forEach.CloseParen);
                _writer.Space();
                EmbeddedStatement(forEach.Statement);
                break;
            case ReturnStatementSyntax @return:
                _writer.Token(@return.ReturnKeyword);
                if (@return.Expression is not null)
                {
                    _writer.Space();
                    Expression(@return.Expression, Slot.Action);
                }

                _writer.Token(@return.Semicolon);
                break;
            case ConnectStatementSyntax connect:
                _writer.Token(connect.ConnectKeyword);
                _writer.Space();
                Expression(connect.Slot, Slot.Full);
                _writer.Space();
                _writer.Token(connect.UsingKeyword);
                _writer.Space();
                Expression(connect.Resource, Slot.Full);
                _writer.Token(connect.Semicolon);
                break;
            case EmptyStatementSyntax empty:
                _writer.Skip(empty.Semicolon);
                break;
            default:
                TokensOnOneLine(statement);
                break;
        }

        _writer.EndLine();
    }

    private void Condition(SyntaxToken open, ExpressionSyntax condition, SyntaxToken close)
    {
        _writer.Token(open);
        Expression(condition, Slot.Full);
        _writer.Token(close);
    }

    /// <summary>
    /// <c>if (c) {</c> ... <c>}</c>, then <c>else {</c> on the next line. An <c>else if</c> written without braces stays
    /// a flat <c>else if (c) {</c> chain; an <c>else { if ... }</c> written with braces keeps them.
    /// </summary>
    private void If(IfStatementSyntax @if)
    {
        var current = @if;
        while (true)
        {
            _writer.Token(current.IfKeyword);
            _writer.Space();
            Condition(current.OpenParen, current.Condition, current.CloseParen);
            _writer.Space();
            EmbeddedStatement(current.Statement);
            if (current.Else is null)
            {
                return;
            }

            _writer.EndLine();
            _writer.Token(current.Else.ElseKeyword);
            _writer.Space();
            if (current.Else.Statement is IfStatementSyntax next)
            {
                current = next;
                continue;
            }

            EmbeddedStatement(current.Else.Statement);
            return;
        }
    }

    /// <summary><c>for (init; cond; update) {</c>: <c>for (;;)</c>, <c>for (; c;)</c>, lists separated by <c>,</c>.</summary>
    private void For(ForStatementSyntax @for)
    {
        _writer.Token(@for.ForKeyword);
        _writer.Space();
        _writer.Token(@for.OpenParen);
        if (@for.Declaration is not null)
        {
            VariableDeclaration(@for.Declaration);
        }

        ExpressionList(@for.Initializers);
        _writer.Token(@for.FirstSemicolon);
        if (@for.Condition is not null)
        {
            _writer.Space();
            Expression(@for.Condition, Slot.Full);
        }

        _writer.Token(@for.SecondSemicolon);
        if (@for.Incrementors.Count > 0)
        {
            _writer.Space();
            ExpressionList(@for.Incrementors);
        }

        _writer.Token(@for.CloseParen);
        _writer.Space();
        EmbeddedStatement(@for.Statement);
    }

    private void ExpressionList(SeparatedSyntaxList<ExpressionSyntax> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            Expression(list[i], Slot.Full);
            if (i < list.SeparatorCount)
            {
                _writer.Token(list.GetSeparator(i));
            }
        }
    }

    private void VariableDeclaration(VariableDeclarationSyntax declaration)
    {
        Type(declaration.Type);
        _writer.Space();
        _writer.Token(declaration.Identifier);
        if (declaration.Initializer is not null)
        {
            Initializer(declaration.Initializer);
        }
    }
}
