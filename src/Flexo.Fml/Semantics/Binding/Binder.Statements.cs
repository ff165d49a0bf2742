using System.Collections.Immutable;
using Flexo.Fml.Semantics.Bound;
using Flexo.Fml.Syntax;

namespace Flexo.Fml.Semantics;

internal sealed partial class Binder
{
    public BoundBlock BindBlock(BlockSyntax syntax) => InScope(() =>
    {
        var statements = ImmutableArray.CreateBuilder<BoundStatement>(syntax.Statements.Count);
        var unreachableReported = false;
        for (var i = 0; i < syntax.Statements.Count; i++)
        {
            var statement = syntax.Statements[i];
            if (!unreachableReported && i > 0 && AlwaysReturns(statements[^1]) && statement is not EmptyStatementSyntax)
            {
                Report(SemanticErrors.UnreachableCode(statement.Span));
                unreachableReported = true;
            }

            statements.Add(BindStatement(statement));
        }

        return new BoundBlock(syntax, statements.ToImmutable());
    });

    public BoundStatement BindStatement(StatementSyntax syntax)
    {
        switch (syntax)
        {
            case BlockSyntax block:
                return BindBlock(block);
            case EmptyStatementSyntax:
                return new BoundEmpty(syntax);
            case LocalDeclarationStatementSyntax declaration:
                return BindVariableDeclaration(declaration.Declaration, syntax);
            case ExpressionStatementSyntax { Expression: MissingExpressionSyntax }:
                return new BoundEmpty(syntax);
            case ExpressionStatementSyntax expression:
                return new BoundExpressionStatement(syntax, BindExpression(expression.Expression));
            case IfStatementSyntax ifStatement:
                {
                    var condition = BindCondition(ifStatement.Condition, "'if'");
                    var then = InScope(() => BindStatement(ifStatement.Statement));
                    var otherwise = ifStatement.Else is { } elseClause ? InScope(() => BindStatement(elseClause.Statement)) : null;
                    return new BoundIf(syntax, condition, then, otherwise);
                }

            case WhileStatementSyntax whileStatement:
                {
                    var condition = BindCondition(whileStatement.Condition, "'while'");
                    return new BoundWhile(syntax, condition, InScope(() => BindStatement(whileStatement.Statement)), TestFirst: true);
                }

            case DoStatementSyntax doStatement:
                {
                    var body = InScope(() => BindStatement(doStatement.Statement));
                    return new BoundWhile(syntax, BindCondition(doStatement.Condition, "'do ... while'"), body, TestFirst: false);
                }

            case ForStatementSyntax forStatement:
                return InScope(() => BindFor(forStatement));
            case ForEachStatementSyntax forEach:
                return InScope(() => BindForEach(forEach));
            case ReturnStatementSyntax returnStatement:
                return BindReturn(returnStatement);
            case ConnectStatementSyntax connect:
                return new BoundConnect(syntax, BindExpression(connect.Slot), BindExpression(connect.Resource));
            default:
                return new BoundEmpty(syntax);
        }
    }

    private BoundLocalDeclaration BindVariableDeclaration(VariableDeclarationSyntax declaration, SyntaxNode statement)
    {
        var type = _analyzer.ResolveType(_unit, _concept, declaration.Type);
        BoundExpression? initializer = null;
        if (declaration.Initializer is { } value)
        {
            initializer = Convert(BindExpression(value.Value, type), type, value.Value);
        }

        var local = DeclareLocal(declaration.Identifier.Text, type, declaration, declaration.Identifier.Span);
        return new BoundLocalDeclaration(statement, local, initializer);
    }

    private BoundFor BindFor(ForStatementSyntax syntax)
    {
        var initializers = ImmutableArray.CreateBuilder<BoundStatement>();
        if (syntax.Declaration is { } declaration)
        {
            initializers.Add(BindVariableDeclaration(declaration, declaration));
        }

        foreach (var initializer in syntax.Initializers)
        {
            initializers.Add(new BoundExpressionStatement(initializer, BindExpression(initializer)));
        }

        var condition = syntax.Condition is { } c ? BindCondition(c, "'for'") : null;
        var incrementors = syntax.Incrementors.Select(i => BindExpression(i)).ToImmutableArray();
        var body = InScope(() => BindStatement(syntax.Statement));
        return new BoundFor(syntax, initializers.ToImmutable(), condition, incrementors, body);
    }

    private BoundForEach BindForEach(ForEachStatementSyntax syntax)
    {
        var type = _analyzer.ResolveType(_unit, _concept, syntax.Type);
        var collection = BindExpression(syntax.Collection);
        if (!collection.Type.IsError)
        {
            var element = TypeFacts.ElementTypeOf(collection.Type);
            if (element is null)
            {
                Report(SemanticErrors.NotIterable(syntax.Collection.Span, collection.Type.DisplayName));
            }
            else if (!element.IsError && !type.IsError && !TypeFacts.IsAssignable(type, element, permissive: true)
                && !TypeFacts.IsAssignable(element, type, permissive: true))
            {
                Report(SemanticErrors.CannotConvert(syntax.Type.Span, element.DisplayName, type.DisplayName));
            }
        }

        var iterator = DeclareLocal(syntax.Identifier.Text, type, syntax, syntax.Identifier.Span);
        _readLocals.Add(iterator);
        return new BoundForEach(syntax, iterator, collection, InScope(() => BindStatement(syntax.Statement)));
    }

    private BoundReturn BindReturn(ReturnStatementSyntax syntax)
    {
        if (syntax.Expression is null)
        {
            if (ExpectedReturn is { IsError: false } expected && expected != PrimitiveType.Void)
            {
                Report(SemanticErrors.ReturnMismatch(syntax.Span, $"This behaviour must return a value of type {expected.DisplayName}."));
            }

            return new BoundReturn(syntax, null);
        }

        var value = BindExpression(syntax.Expression, ExpectedReturn);
        if (ExpectedReturn is null)
        {
            ReturnedTypes.Add(value.Type);
        }
        else if (ExpectedReturn == PrimitiveType.Void)
        {
            Report(SemanticErrors.ReturnMismatch(syntax.Expression.Span, "A void behaviour cannot return a value."));
        }
        else
        {
            value = Convert(value, ExpectedReturn, syntax.Expression);
        }

        return new BoundReturn(syntax, value);
    }

    /// <summary>True when the statement returns on every path (what makes the next statement unreachable, FML3006).</summary>
    internal static bool AlwaysReturns(BoundStatement statement) => statement switch
    {
        BoundReturn => true,
        BoundBlock block => block.Statements.Any(AlwaysReturns),
        BoundIf { Else: { } otherwise } ifStatement => AlwaysReturns(ifStatement.Then) && AlwaysReturns(otherwise),
        _ => false,
    };

    /// <summary>True when execution can continue after the statement (false after return, or an infinite loop).</summary>
    internal static bool CanCompleteNormally(BoundStatement statement) => statement switch
    {
        BoundReturn => false,
        BoundBlock block => block.Statements.All(CanCompleteNormally) || block.Statements.IsEmpty,
        BoundIf { Else: { } otherwise } ifStatement => CanCompleteNormally(ifStatement.Then) || CanCompleteNormally(otherwise),
        BoundWhile { TestFirst: true, Condition: BoundLiteral { Value: true } } => false,
        BoundWhile { TestFirst: false } loop => CanCompleteNormally(loop.Body) || loop.Condition is not BoundLiteral { Value: true },
        BoundFor { Condition: null } => false,
        _ => true,
    };
}
