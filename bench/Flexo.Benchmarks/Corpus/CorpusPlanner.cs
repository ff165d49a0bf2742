namespace Flexo.Benchmarks.Corpus;

/// <summary>
/// Builds, member after member, a random but deterministic program: concepts (some abstract, some nested, some
/// inheriting), enums and events, with properties of every kind and behaviours whose bodies use the usual
/// statements and expressions. Names refer to things that exist, so the programs read like real models.
/// </summary>
internal sealed class CorpusPlanner
{
    private static readonly string[] s_conceptWords =
    [
        "Order", "Invoice", "Customer", "Product", "Shipment", "Warehouse", "Account", "Payment", "Supplier", "Contract",
        "Project", "Task", "Milestone", "Employee", "Department", "Vehicle", "Route", "Station", "Sensor", "Reading",
        "Document", "Chapter", "Section", "Review", "Ticket", "Component", "Connector", "Signal", "Budget", "Forecast",
        "Campaign", "Portfolio", "Asset", "Ledger", "Batch", "Recipe", "Ingredient", "Machine", "Workshop", "Course",
        "Lesson", "Student", "Teacher", "Book", "Loan", "Region", "Store", "Carrier",
    ];

    private static readonly string[] s_eventSuffixes = ["Created", "Changed", "Closed", "Moved", "Approved", "Rejected"];

    private static readonly string[] s_enumWords = ["Priority", "Status", "Category", "Severity", "Phase", "Mode", "Level", "Color"];

    private static readonly string[][] s_enumValues =
    [
        ["LOW", "MEDIUM", "HIGH", "CRITICAL"],
        ["OPEN", "PENDING", "CLOSED", "ARCHIVED"],
        ["DRAFT", "REVIEW", "FINAL"],
        ["RED", "GREEN", "BLUE", "YELLOW", "BLACK"],
        ["NORTH", "SOUTH", "EAST", "WEST"],
        ["STARTED", "RUNNING", "SUSPENDED", "STOPPED", "FAILED"],
    ];

    private static readonly string[] s_propertyHeads =
    [
        "total", "net", "gross", "unit", "max", "min", "last", "first", "current", "primary", "target", "actual", "planned",
        "average", "expected", "initial",
    ];

    private static readonly string[] s_propertyTails =
    [
        "Amount", "Count", "Price", "Weight", "Height", "Width", "Score", "Rank", "Label", "Title", "Code", "Name",
        "Comment", "Ratio", "Rate", "Limit", "Delay", "Duration", "Quantity", "Capacity", "Margin", "Cost", "Size", "Index",
    ];

    private static readonly string[] s_flags = ["Active", "Valid", "Enabled", "Visible", "Archived", "Locked", "Dirty", "Published", "Approved"];

    private static readonly string[] s_rolePrefixes = ["owner", "main", "linked", "source", "target", "related", "preferred", "backup"];

    private static readonly string[] s_verbs =
    [
        "compute", "update", "refresh", "validate", "process", "register", "check", "collect", "apply", "merge", "reset",
        "find", "build", "prepare", "schedule", "archive", "compare", "estimate", "dispatch", "render",
    ];

    private static readonly string[] s_objects =
    [
        "Total", "Items", "Status", "Margin", "Score", "Summary", "Report", "Links", "Balance", "Quota", "Plan", "Stock",
        "Limits", "History",
    ];

    private static readonly string[] s_paramNames =
    [
        "limit", "factor", "label", "threshold", "offset", "delta", "prefix", "suffix", "weight", "amount", "count", "name",
        "code", "ratio", "flag", "depth", "step", "origin",
    ];

    private static readonly string[] s_localNames = ["result", "acc", "tmp", "current", "sum", "found", "text", "ratio", "next", "level"];

    private static readonly string[] s_words =
    [
        "the", "total", "value", "of", "each", "item", "is", "updated", "when", "order", "changes", "and", "then", "we", "check",
        "limits", "before", "saving", "state", "computed", "from", "linked", "instances", "ignore", "empty", "entries", "keep",
        "history", "for", "audit", "purposes", "note", "this", "must", "stay", "consistent", "with", "model", "rules",
    ];

    private readonly SplitMix64 _random;
    private readonly List<ConceptInfo> _concepts = [];
    private readonly Dictionary<string, ConceptInfo> _byName = new(StringComparer.Ordinal);
    private readonly List<ConceptInfo> _events = [];
    private readonly List<EnumDecl> _enums = [];
    private int _nameCounter;

    public CorpusPlanner(ulong seed) => _random = new SplitMix64(seed);

    // -----------------------------------------------------------------------------------------------------------
    // Top level

    /// <summary>The members of the model itself (properties and behaviours), planned once at the start.</summary>
    public IReadOnlyList<Member> PlanModelMembers(string modelName)
    {
        var info = new ConceptInfo(modelName, ConceptKind.Concept, IsAbstract: false);
        var members = new List<Member>();
        PlanProperties(info, members, depth: 0, allowAbstract: false);
        PlanSignatures(info);
        PlanBehaviours(info, members, allowAbstract: false);
        return members;
    }

    /// <summary>The next top-level member of the model: usually a concept, sometimes an enum, an event or a comment.</summary>
    public IReadOnlyList<Member> PlanNextTopLevel()
    {
        var result = new List<Member>();
        if (_random.Chance(0.25))
        {
            result.Add(new CommentMember(Sentence(4, 12), Block: _random.Chance(0.3)));
        }

        var roll = _random.Next(100);
        if (roll < 8 || _enums.Count == 0)
        {
            result.Add(PlanEnum());
        }
        else if (roll < 16)
        {
            result.Add(PlanConcept(ConceptKind.Event, depth: 0));
        }
        else
        {
            result.Add(PlanConcept(ConceptKind.Concept, depth: 0));
        }

        return result;
    }

    private EnumDecl PlanEnum()
    {
        var name = _random.Pick(s_enumWords) + ++_nameCounter;
        var values = _random.Pick(s_enumValues);
        var declaration = new EnumDecl(name, values[.._random.Between(2, values.Length)]);
        _enums.Add(declaration);
        return declaration;
    }

    private ConceptDecl PlanConcept(ConceptKind kind, int depth)
    {
        var word = _random.Pick(s_conceptWords);
        var name = kind == ConceptKind.Event ? word + _random.Pick(s_eventSuffixes) + ++_nameCounter : word + ++_nameCounter;
        var isAbstract = kind == ConceptKind.Concept && _random.Chance(0.12);
        string? parent = null;
        if (kind == ConceptKind.Concept && _concepts.Count > 4 && _random.Chance(0.25))
        {
            parent = Recent(_concepts, 30, c => c.Kind == ConceptKind.Concept)?.Name;
        }

        var info = new ConceptInfo(name, kind, isAbstract) { Word = word };
        var members = new List<Member>();
        PlanProperties(info, members, depth, allowAbstract: isAbstract);
        if (kind == ConceptKind.Concept)
        {
            if (depth < 2 && _random.Chance(depth == 0 ? 0.15 : 0.08))
            {
                members.Add(new BlankMember());
                members.Add(PlanEnum());
            }

            // Registered before the nested concepts and the behaviours so that those can refer to it.
            PlanSignatures(info);
            Register(info);
            if (depth < 2 && _random.Chance(depth == 0 ? 0.35 : 0.15))
            {
                var nestedCount = _random.Between(1, 2);
                for (var i = 0; i < nestedCount; i++)
                {
                    members.Add(new BlankMember());
                    members.Add(PlanConcept(ConceptKind.Concept, depth + 1));
                }
            }

            PlanBehaviours(info, members, allowAbstract: isAbstract);
        }
        else
        {
            PlanEventConstructor(info, members);
            _events.Add(info);
        }

        return new ConceptDecl(kind, name, parent, isAbstract, _random.Chance(0.3) ? "bench" : null,
            _random.Chance(0.5) ? Sentence(6, 16) : null, members);
    }

    private void Register(ConceptInfo info)
    {
        _concepts.Add(info);
        _byName[info.Name] = info;
    }

    // -----------------------------------------------------------------------------------------------------------
    // Properties

    private void PlanProperties(ConceptInfo info, List<Member> members, int depth, bool allowAbstract)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        string Fresh(string candidate)
        {
            var name = candidate;
            for (var i = 2; !used.Add(name); i++)
            {
                name = candidate + i;
            }

            return name;
        }

        var primitiveCount = _random.Between(2, depth == 0 ? 6 : 4);
        for (var i = 0; i < primitiveCount; i++)
        {
            var prim = (Prim)_random.Next(4);
            var name = Fresh(prim == Prim.Bool ? "is" + _random.Pick(s_flags) : _random.Pick(s_propertyHeads) + _random.Pick(s_propertyTails));
            var visibility = _random.Chance(0.2) ? Visibility.Private : _random.Chance(0.2) ? Visibility.Public : Visibility.Default;
            Expr? init = _random.Chance(0.4) ? PrimitiveLiteral(prim) : null;
            members.Add(new PropertyDecl(visibility, TypeRef.Of(prim), name, Cardinality.None, init, IsRole: false, IsAbstract: false));
            info.Properties[(int)prim].Add(name);
        }

        if (_random.Chance(0.5))
        {
            var element = _random.Chance(0.6) ? Prim.Text : Prim.Int;
            var name = Fresh(_random.Pick(s_propertyHeads) + _random.Pick(s_propertyTails) + "s");
            members.Add(new PropertyDecl(Visibility.Default, TypeRef.ListOf(element), name, Cardinality.None,
                _random.Chance(0.5) ? new NewList(element) : null, IsRole: false, IsAbstract: false));
            info.Lists.Add((name, element));
        }

        var roleCount = _concepts.Count == 0 ? 0 : _random.Between(0, 3);
        for (var i = 0; i < roleCount; i++)
        {
            var target = Recent(_concepts, 40, _ => true)!;
            var multi = _random.Chance(0.35);
            var name = Fresh(_random.Pick(s_rolePrefixes) + target.Word + (multi ? "s" : string.Empty));
            var cardinality = multi ? (Cardinality)_random.Between(1, 3) : Cardinality.None;
            members.Add(new PropertyDecl(Visibility.Default, multi ? TypeRef.ConceptListType(target.Name) : TypeRef.ConceptType(target.Name),
                name, cardinality, null, IsRole: true, IsAbstract: false));
            (multi ? info.MultiRoles : info.Roles).Add((name, target.Name));
        }

        if (_enums.Count > 0 && _random.Chance(0.4))
        {
            var enumeration = _enums[^(_random.Next(Math.Min(_enums.Count, 10)) + 1)];
            var name = Fresh(char.ToLowerInvariant(enumeration.Name[0]) + enumeration.Name[1..].TrimEnd("0123456789".ToCharArray()));
            members.Add(new PropertyDecl(Visibility.Default, TypeRef.ConceptType(enumeration.Name), name, Cardinality.None, null,
                IsRole: true, IsAbstract: false));
            info.EnumProperties.Add((name, enumeration));
        }

        if (allowAbstract)
        {
            var name = Fresh("abstract" + _random.Pick(s_propertyTails));
            members.Add(new PropertyDecl(Visibility.Public, TypeRef.Int, name, Cardinality.None, null, IsRole: false, IsAbstract: true));
        }

        var valuesCount = _random.Between(0, 2);
        for (var i = 0; i < valuesCount; i++)
        {
            var prim = _random.Chance(0.7) ? Prim.Int : Prim.Bool;
            var name = Fresh(prim == Prim.Int ? "computed" + _random.Pick(s_propertyTails) : "is" + _random.Pick(s_flags) + "Now");
            var scope = new Scope(info, []);
            members.Add(new ValuesPropertyDecl(TypeRef.Of(prim), name, Expression(scope, prim, 2)));
        }

        if (_random.Chance(0.3) && info.Properties[(int)Prim.Text].Count > 0)
        {
            var stored = _random.Pick(info.Properties[(int)Prim.Text]);
            var name = Fresh("display" + _random.Pick(s_propertyTails));
            var getter = new List<Stmt>();
            if (_random.Chance(0.5))
            {
                getter.Add(new If(new Binary("==", new PropertyRef(stored, false), new Literal("null")),
                    [new Return(new Literal(Quote("none")))], null));
            }

            getter.Add(new Return(new Builtin(BuiltinKind.TextUpper, new PropertyRef(stored, _random.Chance(0.5)), [])));
            var setterScope = new Scope(info, []);
            setterScope.Locals.Add(("value", TypeRef.Text));
            List<Stmt>? setter = null;
            if (_random.Chance(0.7))
            {
                setter = [new Assign(new PropertyRef(stored, true), "=", new LocalRef("value"))];
                if (_random.Chance(0.5))
                {
                    setter.Add(new Log(Expression(setterScope, Prim.Text, 2)));
                }
            }

            members.Add(new GetSetPropertyDecl(TypeRef.Text, name, getter, setter));
        }
    }

    // -----------------------------------------------------------------------------------------------------------
    // Behaviours

    private void PlanEventConstructor(ConceptInfo info, List<Member> members)
    {
        var parameters = new List<Param>();
        var body = new List<Stmt>();
        foreach (var (role, concept) in info.Roles)
        {
            var name = "a" + char.ToUpperInvariant(role[0]) + role[1..];
            parameters.Add(new Param(TypeRef.ConceptType(concept), name, null, Required: false));
            body.Add(new Assign(new PropertyRef(role, false), "=", new ParameterRef(name)));
        }

        for (var prim = 0; prim < 4; prim++)
        {
            foreach (var property in info.Properties[prim].Take(1))
            {
                var name = "new" + char.ToUpperInvariant(property[0]) + property[1..];
                parameters.Add(new Param(TypeRef.Of((Prim)prim), name, null, Required: false));
                body.Add(new Assign(new PropertyRef(property, _random.Chance(0.3)), "=", new ParameterRef(name)));
            }
        }

        info.AnonymousConstructor = parameters;
        members.Add(new BlankMember());
        members.Add(new BehaviourDecl(BehaviourKind.Create, Visibility.Default, null, null, parameters, body, false, null));
    }

    /// <summary>Plans the behaviour signatures, before any body, so that bodies can call any behaviour.</summary>
    private void PlanSignatures(ConceptInfo info)
    {
        info.InitConstructor = PlanParameters(_random.Between(1, 3));
        if (_random.Chance(0.3))
        {
            info.AnonymousConstructor = PlanParameters(_random.Between(0, 2));
        }

        if (_random.Chance(0.6))
        {
            info.DisposeScheme = "dispose";
        }

        var methodCount = _random.Between(2, 6);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < methodCount; i++)
        {
            var name = _random.Pick(s_verbs) + _random.Pick(s_objects);
            if (!usedNames.Add(name))
            {
                continue;
            }

            var roll = _random.Next(10);
            var returnType = roll < 3 ? TypeRef.Void : roll < 6 ? TypeRef.Int : roll < 8 ? TypeRef.Bool : TypeRef.Text;
            info.Methods.Add(new MethodInfo(name, returnType, PlanParameters(_random.Between(0, 3))));
        }
    }

    private void PlanBehaviours(ConceptInfo info, List<Member> members, bool allowAbstract)
    {
        var initParameters = info.InitConstructor!;
        var init = new BehaviourDecl(BehaviourKind.Create, Visibility.Default, "init", null, initParameters,
            ConstructorBody(info, initParameters), false, _random.Chance(0.3) ? Sentence(5, 12) : null);
        members.Add(new BlankMember());
        members.Add(init);
        if (info.AnonymousConstructor is { } anonymous)
        {
            members.Add(new BlankMember());
            members.Add(new BehaviourDecl(BehaviourKind.Create, Visibility.Public, null, null, anonymous,
                ConstructorBody(info, anonymous), false, null));
        }

        if (info.DisposeScheme is not null || _random.Chance(0.3))
        {
            var scope = new Scope(info, []);
            var body = new List<Stmt> { new Log(new Binary("+", new Literal(Quote("deleting")), new ThisRef())) };
            body.AddRange(Block(scope, 2, _random.Between(0, 2)));
            members.Add(new BlankMember());
            members.Add(new BehaviourDecl(BehaviourKind.Delete, Visibility.Default, info.DisposeScheme, null, [], body, false, null));
        }

        if (allowAbstract)
        {
            members.Add(new BlankMember());
            members.Add(new BehaviourDecl(BehaviourKind.Method, Visibility.Public, "abstract" + _random.Pick(s_objects), TypeRef.Int,
                PlanParameters(1), null, true, null));
        }

        foreach (var method in info.Methods)
        {
            var scope = new Scope(info, method.Params);
            var body = Block(scope, 0, _random.Between(2, 9));
            if (method.ReturnType.Kind != TypeKind.Void)
            {
                body.Add(new Return(Expression(scope, method.ReturnType.Prim, 3)));
            }

            members.Add(new BlankMember());
            var visibility = _random.Chance(0.4) ? Visibility.Public : _random.Chance(0.15) ? Visibility.Private : Visibility.Default;
            members.Add(new BehaviourDecl(BehaviourKind.Method, visibility, method.Name, method.ReturnType, method.Params, body, false,
                _random.Chance(0.35) ? Sentence(5, 14) : null));
        }
    }

    private List<Param> PlanParameters(int count)
    {
        var result = new List<Param>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var name = _random.Pick(s_paramNames);
            if (!used.Add(name))
            {
                name += i;
                used.Add(name);
            }

            var prim = (Prim)_random.Next(4);
            // Defaults only at the end of the list, as both languages want.
            var hasDefault = i == count - 1 && _random.Chance(0.35);
            result.Add(new Param(TypeRef.Of(prim), name, hasDefault ? PrimitiveLiteral(prim) : null, Required: !hasDefault && _random.Chance(0.3)));
        }

        return result;
    }

    private List<Stmt> ConstructorBody(ConceptInfo info, IReadOnlyList<Param> parameters)
    {
        var scope = new Scope(info, parameters);
        var body = new List<Stmt>();
        foreach (var parameter in parameters)
        {
            var targets = info.Properties[(int)parameter.Type.Prim];
            if (targets.Count > 0)
            {
                body.Add(new Assign(new PropertyRef(_random.Pick(targets), _random.Chance(0.5)), "=", new ParameterRef(parameter.Name)));
            }
        }

        body.AddRange(Block(scope, 1, _random.Between(0, 3)));
        return body;
    }

    // -----------------------------------------------------------------------------------------------------------
    // Statements

    private List<Stmt> Block(Scope scope, int depth, int count)
    {
        var mark = scope.Locals.Count;
        var result = new List<Stmt>();
        for (var i = 0; i < count; i++)
        {
            PlanStatement(scope, depth, result);
        }

        scope.Locals.RemoveRange(mark, scope.Locals.Count - mark);
        return result;
    }

    private void PlanStatement(Scope scope, int depth, List<Stmt> output)
    {
        var compound = depth < 3;
        var roll = _random.Next(100);
        switch (roll)
        {
            case < 14:
                {
                    var prim = (Prim)_random.Next(4);
                    var name = scope.FreshLocal(_random.Pick(s_localNames));
                    output.Add(new LocalDecl(TypeRef.Of(prim), name, Expression(scope, prim, 3)));
                    scope.Locals.Add((name, TypeRef.Of(prim)));
                    break;
                }

            case < 32:
                {
                    var prim = (Prim)_random.Next(4);
                    if (AssignTarget(scope, prim) is { } target)
                    {
                        output.Add(new Assign(target, "=", Expression(scope, prim, 3)));
                    }
                    else
                    {
                        output.Add(new Log(Expression(scope, Prim.Text, 2)));
                    }

                    break;
                }

            case < 37:
                {
                    var prim = _random.Chance(0.7) ? Prim.Int : Prim.Text;
                    if (AssignTarget(scope, prim) is { } target)
                    {
                        var op = prim == Prim.Text ? "+=" : _random.Pick(["+=", "-=", "*="]);
                        output.Add(new Assign(target, op, Expression(scope, prim, 1)));
                    }

                    break;
                }

            case < 40:
                if (AssignTarget(scope, Prim.Int) is { } counter)
                {
                    output.Add(new ExprStmt(new Postfix(_random.Chance(0.7) ? "++" : "--", counter)));
                }

                break;
            case < 52 when compound:
                {
                    var then = Block(scope, depth + 1, _random.Between(1, 4));
                    IReadOnlyList<Stmt>? otherwise = null;
                    if (_random.Chance(0.25))
                    {
                        var elseIf = new List<Stmt>();
                        PlanIfChain(scope, depth + 1, elseIf);
                        otherwise = elseIf;
                    }
                    else if (_random.Chance(0.4))
                    {
                        otherwise = Block(scope, depth + 1, _random.Between(1, 3));
                    }

                    output.Add(new If(Expression(scope, Prim.Bool, 3), then, otherwise));
                    break;
                }

            case < 58 when compound:
                {
                    var variable = scope.FreshLocal(depth switch { 0 => "i", 1 => "j", _ => "k" });
                    var bound = _random.Chance(0.5) ? new Literal(_random.Between(2, 20).ToString()) : IntAtom(scope);
                    scope.Locals.Add((variable, TypeRef.Int));
                    var body = Block(scope, depth + 1, _random.Between(1, 4));
                    scope.Locals.RemoveAt(scope.Locals.FindIndex(l => l.Name == variable));
                    output.Add(new For(variable, new Literal("0"), bound, body));
                    break;
                }

            case < 65 when compound && _concepts.Count > 0:
                {
                    var target = Recent(_concepts, 40, _ => true)!;
                    var variable = scope.FreshLocal(char.ToLowerInvariant(target.Word[0]) + target.Word[1..]);
                    var select = new Select(target.Name, Unique: false, From(scope), WhereClause(scope, target));
                    scope.Locals.Add((variable, TypeRef.ConceptType(target.Name)));
                    var body = Block(scope, depth + 1, _random.Between(1, 4));
                    scope.Locals.RemoveAt(scope.Locals.FindIndex(l => l.Name == variable));
                    output.Add(new ForEach(TypeRef.ConceptType(target.Name), variable, select, body));
                    break;
                }

            case < 69 when compound && (scope.Concept.Lists.Count > 0 || scope.Concept.MultiRoles.Count > 0):
                {
                    TypeRef elementType;
                    string collection;
                    if (scope.Concept.MultiRoles.Count > 0 && (scope.Concept.Lists.Count == 0 || _random.Chance(0.5)))
                    {
                        var (role, concept) = _random.Pick(scope.Concept.MultiRoles);
                        collection = role;
                        elementType = TypeRef.ConceptType(concept);
                    }
                    else
                    {
                        var (list, element) = _random.Pick(scope.Concept.Lists);
                        collection = list;
                        elementType = TypeRef.Of(element);
                    }

                    var variable = scope.FreshLocal("each");
                    scope.Locals.Add((variable, elementType));
                    var body = Block(scope, depth + 1, _random.Between(1, 3));
                    scope.Locals.RemoveAt(scope.Locals.FindIndex(l => l.Name == variable));
                    output.Add(new ForEach(elementType, variable, new PropertyRef(collection, _random.Chance(0.5)), body));
                    break;
                }

            case < 72 when compound:
                {
                    var guard = scope.FreshLocal("guard");
                    output.Add(new LocalDecl(TypeRef.Int, guard, new Literal("0")));
                    scope.Locals.Add((guard, TypeRef.Int));
                    var condition = new Binary("&&", new Binary("<", new LocalRef(guard), new Literal(_random.Between(3, 50).ToString())),
                        Expression(scope, Prim.Bool, 1));
                    var body = Block(scope, depth + 1, _random.Between(1, 3));
                    body.Add(new ExprStmt(new Postfix("++", new LocalRef(guard))));
                    output.Add(new While(condition, body));
                    break;
                }

            case < 80:
                output.Add(new Log(Expression(scope, Prim.Text, 3)));
                break;
            case < 87:
                if (CallExpression(scope) is { } call)
                {
                    output.Add(new ExprStmt(call));
                }

                break;
            case < 91 when _concepts.Count > 0:
                if (_random.Chance(0.7))
                {
                    PlanCreation(scope, output);
                }
                else
                {
                    var target = Recent(_concepts, 40, _ => true)!;
                    var variable = scope.FreshLocal("unique" + target.Word);
                    output.Add(new LocalDecl(TypeRef.ConceptType(target.Name), variable,
                        new Select(target.Name, Unique: true, From(scope), WhereClause(scope, target))));
                    scope.Locals.Add((variable, TypeRef.ConceptType(target.Name)));
                }

                break;
            case < 93 when compound && _concepts.Exists(c => c.DisposeScheme is not null):
                PlanMatching(scope, depth, output);
                break;
            case < 94 when _events.Count > 0:
                {
                    var ev = Recent(_events, 10, _ => true)!;
                    output.Add(new Fire(new NewConcept(ev.Name, null, Arguments(scope, ev.AnonymousConstructor!), null)));
                    break;
                }

            case < 95:
                {
                    var victims = scope.Locals.Where(l => l.Type.Kind == TypeKind.Concept && _byName.ContainsKey(l.Type.Concept!)).ToList();
                    if (victims.Count > 0)
                    {
                        output.Add(new Delete(new LocalRef(_random.Pick(victims).Name)));
                    }

                    break;
                }

            case < 97 when scope.Concept.Lists.Count > 0:
                {
                    var (list, element) = _random.Pick(scope.Concept.Lists);
                    output.Add(new ExprStmt(new Builtin(BuiltinKind.ListAdd, new PropertyRef(list, _random.Chance(0.5)),
                        [Expression(scope, element, 2)])));
                    break;
                }

            default:
                output.Add(new LineComment(Sentence(3, 10)));
                break;
        }
    }

    private void PlanIfChain(Scope scope, int depth, List<Stmt> output)
    {
        var then = Block(scope, depth + 1, _random.Between(1, 3));
        var otherwise = _random.Chance(0.5) ? Block(scope, depth + 1, _random.Between(1, 2)) : null;
        output.Add(new If(Expression(scope, Prim.Bool, 2), then, otherwise));
    }

    private void PlanCreation(Scope scope, List<Stmt> output)
    {
        var target = Recent(_concepts, 40, c => !c.IsAbstract)!;
        var variable = scope.FreshLocal("new" + target.Word);
        NewConcept creation;
        if (target.AnonymousConstructor is { } anonymous && _random.Chance(0.4))
        {
            creation = new NewConcept(target.Name, null, Arguments(scope, anonymous), null);
        }
        else
        {
            creation = new NewConcept(target.Name, "init", Arguments(scope, target.InitConstructor!),
                _random.Chance(0.2) ? new ThisRef() : null);
        }

        output.Add(new LocalDecl(TypeRef.ConceptType(target.Name), variable, creation));
        scope.Locals.Add((variable, TypeRef.ConceptType(target.Name)));
        var role = scope.Concept.Roles.FirstOrDefault(r => r.Concept == target.Name);
        if (role.Name is not null)
        {
            output.Add(new Assign(new PropertyRef(role.Name, _random.Chance(0.5)), "=", new LocalRef(variable)));
        }
        else if (target.Properties[(int)Prim.Int].Count > 0 && _random.Chance(0.5))
        {
            output.Add(new Assign(new MemberRef(new LocalRef(variable), _random.Pick(target.Properties[(int)Prim.Int])), "=",
                Expression(scope, Prim.Int, 2)));
        }
    }

    private void PlanMatching(Scope scope, int depth, List<Stmt> output)
    {
        var target = Recent(_concepts, 60, c => c.DisposeScheme is not null && !c.IsAbstract)
            ?? _concepts.Find(c => c.DisposeScheme is not null)!;
        var set = scope.FreshLocal("matching");
        output.Add(new LocalDecl(new TypeRef(TypeKind.MatchingSet, Concept: target.Name), set,
            new BeginMatch(target.Name, new ThisRef(), WhereClause(scope, target))));
        scope.Locals.Add((set, new TypeRef(TypeKind.MatchingSet, Concept: target.Name)));
        var variable = scope.FreshLocal(depth switch { 0 => "i", 1 => "j", _ => "k" });
        scope.Locals.Add((variable, TypeRef.Int));
        var criteria = new List<(string, Expr)>();
        foreach (var prim in new[] { Prim.Text, Prim.Int })
        {
            if (target.Properties[(int)prim].Count > 0)
            {
                criteria.Add((_random.Pick(target.Properties[(int)prim]), prim == Prim.Text
                    ? new Binary("+", new Literal(Quote(_random.Pick(s_words))), new LocalRef(variable))
                    : new LocalRef(variable)));
            }
        }

        var found = scope.FreshLocal("matched");
        var body = new List<Stmt>
        {
            new LocalDecl(TypeRef.ConceptType(target.Name), found,
                new Match(target.Name, set, new ThisRef(), criteria, "init", Arguments(scope, target.InitConstructor!))),
        };
        scope.Locals.Add((found, TypeRef.ConceptType(target.Name)));
        body.AddRange(Block(scope, depth + 1, _random.Between(0, 2)));
        scope.Locals.RemoveRange(scope.Locals.Count - 2, 2);
        output.Add(new For(variable, new Literal("0"), new Literal(_random.Between(2, 10).ToString()), body));
        output.Add(new EndMatch(target.Name, set, target.DisposeScheme!));
    }

    private Expr From(Scope scope)
    {
        if (scope.Concept.Roles.Count > 0 && _random.Chance(0.25))
        {
            return new PropertyRef(_random.Pick(scope.Concept.Roles).Name, false);
        }

        return new ThisRef();
    }

    private List<Expr> WhereClause(Scope scope, ConceptInfo target)
    {
        var conditions = new List<Expr>();
        var count = _random.Between(0, 2);
        for (var i = 0; i < count; i++)
        {
            var ints = target.Properties[(int)Prim.Int];
            var texts = target.Properties[(int)Prim.Text];
            if (ints.Count > 0 && (texts.Count == 0 || _random.Chance(0.6)))
            {
                conditions.Add(new Binary(_random.Pick([">", "<", ">=", "<=", "==", "!="]),
                    new MemberRef(new LocalRef("selected"), _random.Pick(ints)), IntAtom(scope)));
            }
            else if (texts.Count > 0)
            {
                conditions.Add(new Binary("!=", new MemberRef(new LocalRef("selected"), _random.Pick(texts)), new Literal("null")));
            }
        }

        return conditions;
    }

    private Expr? AssignTarget(Scope scope, Prim prim)
    {
        var locals = scope.Locals.Where(l => l.Type.Kind == TypeKind.Primitive && l.Type.Prim == prim && l.Name != "value"
            && !IsLoopVariable(l.Name)).ToList();
        var properties = scope.Concept.Properties[(int)prim];
        if (locals.Count > 0 && (properties.Count == 0 || _random.Chance(0.4)))
        {
            return new LocalRef(_random.Pick(locals).Name);
        }

        if (properties.Count > 0)
        {
            return new PropertyRef(_random.Pick(properties), _random.Chance(0.4));
        }

        return null;
    }

    private static bool IsLoopVariable(string name) => (name.Length <= 3 && name[0] is 'i' or 'j' or 'k') || name.StartsWith("each", StringComparison.Ordinal);

    private MethodCall? CallExpression(Scope scope)
    {
        if (scope.Concept.Roles.Count > 0 && _random.Chance(0.35))
        {
            var (role, concept) = _random.Pick(scope.Concept.Roles);
            var target = _byName[concept];
            if (target.Methods.Count > 0)
            {
                var method = _random.Pick(target.Methods);
                return new MethodCall(new PropertyRef(role, _random.Chance(0.3)), method.Name, Arguments(scope, method.Params));
            }
        }

        if (scope.Concept.Methods.Count > 0)
        {
            var method = _random.Pick(scope.Concept.Methods);
            return new MethodCall(_random.Chance(0.3) ? new ThisRef() : null, method.Name, Arguments(scope, method.Params));
        }

        return null;
    }

    private List<Expr> Arguments(Scope scope, IReadOnlyList<Param> parameters)
    {
        var result = new List<Expr>();
        foreach (var parameter in parameters)
        {
            if (parameter.Default is not null && _random.Chance(0.5))
            {
                break;
            }

            if (parameter.Type.Kind == TypeKind.Concept)
            {
                var candidates = scope.Locals.Where(l => l.Type == parameter.Type).ToList();
                result.Add(candidates.Count > 0 ? new LocalRef(_random.Pick(candidates).Name)
                    : parameter.Type.Concept == scope.Concept.Name ? new ThisRef() : new Literal("null"));
                continue;
            }

            result.Add(Expression(scope, parameter.Type.Prim, 2));
        }

        return result;
    }

    // -----------------------------------------------------------------------------------------------------------
    // Expressions

    private Expr Expression(Scope scope, Prim prim, int depth) => prim switch
    {
        Prim.Int => IntExpression(scope, depth),
        Prim.Bool => BoolExpression(scope, depth),
        Prim.Text => TextExpression(scope, depth),
        _ => RealExpression(scope, depth),
    };

    private Expr IntExpression(Scope scope, int depth)
    {
        if (depth <= 0 || _random.Chance(0.3))
        {
            return IntAtom(scope);
        }

        switch (_random.Next(12))
        {
            case < 5:
                return new Binary(_random.Pick(["+", "-", "*", "+", "-"]), IntExpression(scope, depth - 1), IntExpression(scope, depth - 1));
            case 5:
                return new Binary(_random.Pick(["/", "%"]), IntExpression(scope, depth - 1), new Literal(_random.Between(2, 9).ToString()));
            case 6:
                return new Conditional(BoolExpression(scope, depth - 1), IntExpression(scope, depth - 1), IntExpression(scope, depth - 1));
            case 7:
                return new Cast(Prim.Int, RealExpression(scope, depth - 1));
            case 8 when IntMethodCall(scope) is { } call:
                return call;
            case 9 when scope.Concept.Lists.Count > 0:
                return new Builtin(BuiltinKind.ListSize, new PropertyRef(_random.Pick(scope.Concept.Lists).Name, _random.Chance(0.4)), []);
            case 10:
                return new Builtin(BuiltinKind.TextLength, TextAtom(scope), []);
            default:
                return new Unary("-", IntAtomNonLiteral(scope));
        }
    }

    private MethodCall? IntMethodCall(Scope scope)
    {
        var methods = scope.Concept.Methods.Where(m => m.ReturnType == TypeRef.Int).ToList();
        if (methods.Count == 0)
        {
            return null;
        }

        var method = _random.Pick(methods);
        return new MethodCall(_random.Chance(0.3) ? new ThisRef() : null, method.Name, Arguments(scope, method.Params));
    }

    private Expr IntAtom(Scope scope)
    {
        if (_random.Chance(0.3))
        {
            return new Literal(_random.Between(0, 100).ToString());
        }

        return IntAtomNonLiteral(scope);
    }

    private Expr IntAtomNonLiteral(Scope scope) => TypedAtom(scope, Prim.Int) ?? new Literal(_random.Between(1, 9).ToString());

    /// <summary>A reference of type <paramref name="prim"/>: a local, a parameter, a property, selected.x or role.x.</summary>
    private Expr? TypedAtom(Scope scope, Prim prim)
    {
        var roll = _random.Next(10);
        if (roll < 3)
        {
            var locals = scope.Locals.Where(l => l.Type.Kind == TypeKind.Primitive && l.Type.Prim == prim).ToList();
            if (locals.Count > 0)
            {
                return new LocalRef(_random.Pick(locals).Name);
            }
        }
        else if (roll < 5)
        {
            var parameters = scope.Parameters.Where(p => p.Type.Kind == TypeKind.Primitive && p.Type.Prim == prim).ToList();
            if (parameters.Count > 0)
            {
                return new ParameterRef(_random.Pick(parameters).Name);
            }
        }
        else if (roll < 6)
        {
            var objects = scope.Locals.Where(l => l.Type.Kind == TypeKind.Concept && _byName.ContainsKey(l.Type.Concept!)
                && _byName[l.Type.Concept!].Properties[(int)prim].Count > 0).ToList();
            if (objects.Count > 0)
            {
                var local = _random.Pick(objects);
                return new MemberRef(new LocalRef(local.Name), _random.Pick(_byName[local.Type.Concept!].Properties[(int)prim]));
            }
        }
        else if (roll < 7 && scope.Concept.Roles.Count > 0)
        {
            var (role, concept) = _random.Pick(scope.Concept.Roles);
            var target = _byName[concept];
            if (target.Properties[(int)prim].Count > 0)
            {
                Expr receiver = new PropertyRef(role, _random.Chance(0.3));
                if (target.Roles.Count > 0 && _random.Chance(0.3))
                {
                    var (next, nextConcept) = _random.Pick(target.Roles);
                    var second = _byName[nextConcept];
                    if (second.Properties[(int)prim].Count > 0)
                    {
                        return new MemberRef(new MemberRef(receiver, next), _random.Pick(second.Properties[(int)prim]));
                    }
                }

                return new MemberRef(receiver, _random.Pick(target.Properties[(int)prim]));
            }
        }

        var properties = scope.Concept.Properties[(int)prim];
        return properties.Count > 0 ? new PropertyRef(_random.Pick(properties), _random.Chance(0.3)) : null;
    }

    private Expr BoolExpression(Scope scope, int depth)
    {
        if (depth <= 0)
        {
            return BoolAtom(scope);
        }

        switch (_random.Next(10))
        {
            case < 4:
                return new Binary(_random.Pick(["<", "<=", ">", ">=", "==", "!="]), IntExpression(scope, depth - 1), IntExpression(scope, depth - 1));
            case < 6:
                return new Binary(_random.Pick(["&&", "||"]), BoolExpression(scope, depth - 1), BoolExpression(scope, depth - 1));
            case 6:
                return new Unary("!", BoolExpression(scope, depth - 1));
            case 7 when scope.Concept.Roles.Count > 0:
                {
                    var (role, concept) = _random.Pick(scope.Concept.Roles);
                    return _random.Chance(0.5)
                        ? new Binary("!=", new PropertyRef(role, _random.Chance(0.3)), new Literal("null"))
                        : new InstanceOf(new PropertyRef(role, _random.Chance(0.3)), concept);
                }

            case 8 when scope.Concept.EnumProperties.Count > 0:
                {
                    var (property, enumeration) = _random.Pick(scope.Concept.EnumProperties);
                    return new Binary(_random.Chance(0.7) ? "==" : "!=", new PropertyRef(property, _random.Chance(0.3)),
                        new EnumValueRef(enumeration.Name, _random.Pick(enumeration.Values)));
                }

            default:
                return BoolAtom(scope);
        }
    }

    private Expr BoolAtom(Scope scope)
    {
        switch (_random.Next(8))
        {
            case 0:
                return new Literal(_random.Chance(0.5) ? "true" : "false");
            case 1 when scope.Concept.Lists.Count > 0:
                {
                    var (list, element) = _random.Pick(scope.Concept.Lists);
                    return new Builtin(BuiltinKind.ListContains, new PropertyRef(list, false), [element == Prim.Text ? TextAtom(scope) : IntAtom(scope)]);
                }

            case 2:
                return new Builtin(BuiltinKind.TextContains, TextAtom(scope), [new Literal(Quote(_random.Pick(s_words)))]);
            default:
                return TypedAtom(scope, Prim.Bool) ?? new Binary(">", IntAtom(scope), IntAtom(scope));
        }
    }

    private Expr TextExpression(Scope scope, int depth)
    {
        if (depth <= 0 || _random.Chance(0.25))
        {
            return TextAtom(scope);
        }

        switch (_random.Next(8))
        {
            case < 4:
                {
                    Expr result = new Literal(Quote(Sentence(1, 3)));
                    var parts = _random.Between(1, 3);
                    for (var i = 0; i < parts; i++)
                    {
                        var prim = (Prim)_random.Next(4);
                        result = new Binary("+", result, prim == Prim.Int && _random.Chance(0.3)
                            ? new Binary("+", IntAtom(scope), IntAtom(scope))
                            : Expression(scope, prim, 0));
                        if (_random.Chance(0.4))
                        {
                            result = new Binary("+", result, new Literal(Quote(" " + _random.Pick(s_words))));
                        }
                    }

                    return result;
                }

            case 4:
                return new Builtin(BuiltinKind.TextUpper, TextAtom(scope), []);
            case 5:
                return new Conditional(BoolExpression(scope, depth - 1), TextExpression(scope, depth - 1), TextAtom(scope));
            case 6 when scope.Concept.Lists.Any(l => l.Element == Prim.Text):
                {
                    var list = _random.Pick(scope.Concept.Lists.Where(l => l.Element == Prim.Text).ToList());
                    return new Builtin(BuiltinKind.ListGet, new PropertyRef(list.Name, false), [new Literal("0")]);
                }

            default:
                return new Binary("+", TextAtom(scope), TextAtom(scope));
        }
    }

    private Expr TextAtom(Scope scope)
    {
        if (_random.Chance(0.35))
        {
            return new Literal(Quote(Sentence(1, 4)));
        }

        return TypedAtom(scope, Prim.Text) ?? new Literal(Quote(_random.Pick(s_words)));
    }

    private Expr RealExpression(Scope scope, int depth)
    {
        if (depth <= 0 || _random.Chance(0.4))
        {
            return TypedAtom(scope, Prim.Real) ?? PrimitiveLiteral(Prim.Real);
        }

        return _random.Next(3) switch
        {
            0 => new Binary("*", RealExpression(scope, depth - 1), PrimitiveLiteral(Prim.Real)),
            1 => new Binary(_random.Pick(["+", "-"]), RealExpression(scope, depth - 1), IntExpression(scope, depth - 1)),
            _ => new Binary("/", RealExpression(scope, depth - 1), new Literal(_random.Between(2, 9) + ".0")),
        };
    }

    private Literal PrimitiveLiteral(Prim prim) => prim switch
    {
        Prim.Int => new Literal(_random.Between(0, 1000).ToString()),
        Prim.Bool => new Literal(_random.Chance(0.5) ? "true" : "false"),
        Prim.Text => new Literal(Quote(Sentence(1, 3))),
        _ => new Literal(_random.Between(0, 99) + "." + _random.Between(0, 99)),
    };

    // -----------------------------------------------------------------------------------------------------------
    // Helpers

    private string Sentence(int min, int max)
    {
        var count = _random.Between(min, max);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = _random.Pick(s_words);
        }

        return string.Join(' ', words);
    }

    private string Quote(string text) => "\"" + text + (_random.Chance(0.03) ? "\\n" : string.Empty) + "\"";

    private T? Recent<T>(List<T> items, int window, Func<T, bool> filter)
        where T : class
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var candidate = items[items.Count - 1 - _random.Next(Math.Min(window, items.Count))];
            if (filter(candidate))
            {
                return candidate;
            }
        }

        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (filter(items[i]))
            {
                return items[i];
            }
        }

        return null;
    }

    private sealed record MethodInfo(string Name, TypeRef ReturnType, IReadOnlyList<Param> Params);

    private sealed record ConceptInfo(string Name, ConceptKind Kind, bool IsAbstract)
    {
        public string Word { get; init; } = Name;

        /// <summary>Property names by <see cref="Prim"/>.</summary>
        public List<string>[] Properties { get; } = [[], [], [], []];

        public List<(string Name, Prim Element)> Lists { get; } = [];

        public List<(string Name, string Concept)> Roles { get; } = [];

        public List<(string Name, string Concept)> MultiRoles { get; } = [];

        public List<(string Name, EnumDecl Enum)> EnumProperties { get; } = [];

        public List<MethodInfo> Methods { get; } = [];

        public IReadOnlyList<Param>? InitConstructor { get; set; }

        public IReadOnlyList<Param>? AnonymousConstructor { get; set; }

        public string? DisposeScheme { get; set; }
    }

    private sealed class Scope(ConceptInfo concept, IReadOnlyList<Param> parameters)
    {
        private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

        public ConceptInfo Concept { get; } = concept;

        public IReadOnlyList<Param> Parameters { get; } = parameters;

        public List<(string Name, TypeRef Type)> Locals { get; } = [];

        /// <summary>A local name unique in the behaviour (C# forbids shadowing, FML tools warn about it).</summary>
        public string FreshLocal(string stem)
        {
            _counters.TryGetValue(stem, out var n);
            _counters[stem] = n + 1;
            return n == 0 ? stem : stem + n;
        }
    }
}
