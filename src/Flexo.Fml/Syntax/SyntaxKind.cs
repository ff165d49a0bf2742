namespace Flexo.Fml.Syntax;

/// <summary>The kind of every token, trivia and node of the FML syntax tree.</summary>
public enum SyntaxKind : ushort
{
    /// <summary>No kind (a placeholder).</summary>
    None = 0,

    // ---- special tokens
    /// <summary>End of the input.</summary>
    EndOfFileToken,
    /// <summary>A character that starts no token.</summary>
    BadToken,
    /// <summary>A name: <c>Library</c>, <c>title</c>, <c>FMLRT</c>, <c>unité</c>.</summary>
    IdentifierToken,
    /// <summary>An integer or floating-point literal.</summary>
    NumericLiteralToken,
    /// <summary>A string literal <c>"..."</c>.</summary>
    StringLiteralToken,
    /// <summary>A character literal <c>'a'</c>.</summary>
    CharacterLiteralToken,

    // ---- punctuation and operators
    /// <summary><c>(</c></summary>
    OpenParenToken,
    /// <summary><c>)</c></summary>
    CloseParenToken,
    /// <summary><c>{</c></summary>
    OpenBraceToken,
    /// <summary><c>}</c></summary>
    CloseBraceToken,
    /// <summary><c>[</c></summary>
    OpenBracketToken,
    /// <summary><c>]</c></summary>
    CloseBracketToken,
    /// <summary><c>;</c></summary>
    SemicolonToken,
    /// <summary><c>,</c></summary>
    CommaToken,
    /// <summary><c>.</c></summary>
    DotToken,
    /// <summary><c>..</c></summary>
    DotDotToken,
    /// <summary><c>...</c></summary>
    DotDotDotToken,
    /// <summary><c>:</c></summary>
    ColonToken,
    /// <summary><c>::</c></summary>
    ColonColonToken,
    /// <summary><c>?</c></summary>
    QuestionToken,
    /// <summary><c>@</c></summary>
    AtToken,
    /// <summary><c>$</c> (only where it is not part of a name)</summary>
    DollarToken,
    /// <summary><c>=</c></summary>
    EqualsToken,
    /// <summary><c>+=</c></summary>
    PlusEqualsToken,
    /// <summary><c>-=</c></summary>
    MinusEqualsToken,
    /// <summary><c>*=</c></summary>
    AsteriskEqualsToken,
    /// <summary><c>/=</c></summary>
    SlashEqualsToken,
    /// <summary><c>%=</c></summary>
    PercentEqualsToken,
    /// <summary><c>&amp;=</c></summary>
    AmpersandEqualsToken,
    /// <summary><c>|=</c></summary>
    BarEqualsToken,
    /// <summary><c>^=</c></summary>
    CaretEqualsToken,
    /// <summary><c>&lt;&lt;=</c></summary>
    LessThanLessThanEqualsToken,
    /// <summary><c>&gt;&gt;=</c> (composed by the parser from <c>&gt;</c> and <c>&gt;=</c>)</summary>
    GreaterThanGreaterThanEqualsToken,
    /// <summary><c>&gt;&gt;&gt;=</c> (composed by the parser)</summary>
    GreaterThanGreaterThanGreaterThanEqualsToken,
    /// <summary><c>==</c></summary>
    EqualsEqualsToken,
    /// <summary><c>!=</c></summary>
    ExclamationEqualsToken,
    /// <summary><c>&lt;</c></summary>
    LessThanToken,
    /// <summary><c>&lt;=</c></summary>
    LessThanEqualsToken,
    /// <summary><c>&gt;</c></summary>
    GreaterThanToken,
    /// <summary><c>&gt;=</c></summary>
    GreaterThanEqualsToken,
    /// <summary><c>&amp;&amp;</c></summary>
    AmpersandAmpersandToken,
    /// <summary><c>||</c></summary>
    BarBarToken,
    /// <summary><c>!</c></summary>
    ExclamationToken,
    /// <summary><c>~</c></summary>
    TildeToken,
    /// <summary><c>&amp;</c></summary>
    AmpersandToken,
    /// <summary><c>|</c></summary>
    BarToken,
    /// <summary><c>^</c></summary>
    CaretToken,
    /// <summary><c>&lt;&lt;</c></summary>
    LessThanLessThanToken,
    /// <summary><c>&gt;&gt;</c> (composed by the parser from two <c>&gt;</c>)</summary>
    GreaterThanGreaterThanToken,
    /// <summary><c>&gt;&gt;&gt;</c> (composed by the parser from three <c>&gt;</c>)</summary>
    GreaterThanGreaterThanGreaterThanToken,
    /// <summary><c>+</c></summary>
    PlusToken,
    /// <summary><c>-</c></summary>
    MinusToken,
    /// <summary><c>*</c></summary>
    AsteriskToken,
    /// <summary><c>/</c></summary>
    SlashToken,
    /// <summary><c>%</c></summary>
    PercentToken,
    /// <summary><c>++</c></summary>
    PlusPlusToken,
    /// <summary><c>--</c></summary>
    MinusMinusToken,

    // ---- keywords (contextual: each may also be used as a name where a name is expected)
    /// <summary><c>abstract</c></summary>
    AbstractKeyword,
    /// <summary><c>action</c></summary>
    ActionKeyword,
    /// <summary><c>as</c></summary>
    AsKeyword,
    /// <summary><c>assert</c></summary>
    AssertKeyword,
    /// <summary><c>begin</c></summary>
    BeginKeyword,
    /// <summary><c>concept</c></summary>
    ConceptKeyword,
    /// <summary><c>connect</c> (newer form)</summary>
    ConnectKeyword,
    /// <summary><c>create</c></summary>
    CreateKeyword,
    /// <summary><c>default</c> (reserved)</summary>
    DefaultKeyword,
    /// <summary><c>delete</c></summary>
    DeleteKeyword,
    /// <summary><c>do</c></summary>
    DoKeyword,
    /// <summary><c>else</c></summary>
    ElseKeyword,
    /// <summary><c>end</c></summary>
    EndKeyword,
    /// <summary><c>enum</c></summary>
    EnumKeyword,
    /// <summary><c>event</c></summary>
    EventKeyword,
    /// <summary><c>extends</c></summary>
    ExtendsKeyword,
    /// <summary><c>fire</c></summary>
    FireKeyword,
    /// <summary><c>for</c></summary>
    ForKeyword,
    /// <summary><c>from</c></summary>
    FromKeyword,
    /// <summary><c>get</c></summary>
    GetKeyword,
    /// <summary><c>if</c></summary>
    IfKeyword,
    /// <summary><c>import</c></summary>
    ImportKeyword,
    /// <summary><c>in</c></summary>
    InKeyword,
    /// <summary><c>inside</c></summary>
    InsideKeyword,
    /// <summary><c>instanceof</c></summary>
    InstanceOfKeyword,
    /// <summary><c>listen</c></summary>
    ListenKeyword,
    /// <summary><c>log</c></summary>
    LogKeyword,
    /// <summary><c>match</c></summary>
    MatchKeyword,
    /// <summary><c>model</c></summary>
    ModelKeyword,
    /// <summary><c>namespace</c></summary>
    NamespaceKeyword,
    /// <summary><c>new</c></summary>
    NewKeyword,
    /// <summary><c>notify</c></summary>
    NotifyKeyword,
    /// <summary><c>onfailure</c></summary>
    OnFailureKeyword,
    /// <summary><c>private</c></summary>
    PrivateKeyword,
    /// <summary><c>protected</c></summary>
    ProtectedKeyword,
    /// <summary><c>public</c></summary>
    PublicKeyword,
    /// <summary><c>required</c></summary>
    RequiredKeyword,
    /// <summary><c>return</c></summary>
    ReturnKeyword,
    /// <summary><c>select</c></summary>
    SelectKeyword,
    /// <summary><c>set</c></summary>
    SetKeyword,
    /// <summary><c>super</c></summary>
    SuperKeyword,
    /// <summary><c>then</c> (reserved)</summary>
    ThenKeyword,
    /// <summary><c>typedef</c></summary>
    TypedefKeyword,
    /// <summary><c>unique</c></summary>
    UniqueKeyword,
    /// <summary><c>unmatched</c> (newer form)</summary>
    UnmatchedKeyword,
    /// <summary><c>use</c></summary>
    UseKeyword,
    /// <summary><c>using</c> (newer form)</summary>
    UsingKeyword,
    /// <summary><c>values</c></summary>
    ValuesKeyword,
    /// <summary><c>where</c></summary>
    WhereKeyword,
    /// <summary><c>while</c></summary>
    WhileKeyword,
    /// <summary><c>with</c></summary>
    WithKeyword,
    /// <summary><c>true</c></summary>
    TrueKeyword,
    /// <summary><c>false</c></summary>
    FalseKeyword,
    /// <summary><c>null</c></summary>
    NullKeyword,
    /// <summary><c>boolean</c></summary>
    BooleanKeyword,
    /// <summary><c>char</c></summary>
    CharKeyword,
    /// <summary><c>short</c></summary>
    ShortKeyword,
    /// <summary><c>int</c></summary>
    IntKeyword,
    /// <summary><c>long</c></summary>
    LongKeyword,
    /// <summary><c>byte</c></summary>
    ByteKeyword,
    /// <summary><c>float</c></summary>
    FloatKeyword,
    /// <summary><c>double</c></summary>
    DoubleKeyword,
    /// <summary><c>void</c></summary>
    VoidKeyword,

    // ---- trivia
    /// <summary>Spaces, tabs and form feeds.</summary>
    WhitespaceTrivia,
    /// <summary>A line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    EndOfLineTrivia,
    /// <summary><c>// ...</c></summary>
    SingleLineCommentTrivia,
    /// <summary><c>/* ... */</c></summary>
    MultiLineCommentTrivia,
    /// <summary><c>/** ... */</c></summary>
    DocumentationCommentTrivia,

    // ---- nodes: compilation unit and header
    /// <summary>A whole file.</summary>
    CompilationUnit,
    /// <summary><c>namespace "uri" as NS;</c></summary>
    NamespaceDeclaration,
    /// <summary><c>use a.b.C as TA;</c></summary>
    UseDeclaration,
    /// <summary><c>import a.b.C [as X];</c></summary>
    JavaImportDeclaration,
    /// <summary><c>import [uri(:object)] [as X];</c></summary>
    UriImportDeclaration,
    /// <summary><c>typedef Type as Name;</c></summary>
    TypedefDeclaration,
    /// <summary><c>as Name</c></summary>
    AsClause,
    /// <summary><c>@Tag</c>, <c>@Tag(value)</c>, <c>@Tag(k=v)</c>, <c>@Tag(@A @B)</c></summary>
    Annotation,
    /// <summary><c>k=v</c> inside an annotation.</summary>
    AnnotationKeyValue,

    // ---- nodes: declarations
    /// <summary><c>model Name { ... }</c></summary>
    ModelDeclaration,
    /// <summary><c>concept Name { ... }</c></summary>
    ConceptDeclaration,
    /// <summary><c>event Name { ... }</c></summary>
    EventDeclaration,
    /// <summary><c>enum Name { A, B }</c></summary>
    EnumDeclaration,
    /// <summary>One value of an enum.</summary>
    EnumValue,
    /// <summary><c>extends A, B</c></summary>
    ExtendsClause,
    /// <summary><c>inside A</c></summary>
    InsideClause,
    /// <summary>A stored property, role or abstract property.</summary>
    PropertyDeclaration,
    /// <summary><c>T name values expr;</c></summary>
    ExpressionPropertyDeclaration,
    /// <summary><c>T name { T get() {...} set(T v) {...} };</c></summary>
    GetSetPropertyDeclaration,
    /// <summary><c>T get() { ... }</c></summary>
    GetAccessor,
    /// <summary><c>set(T v) { ... }</c></summary>
    SetAccessor,
    /// <summary><c>[lo,hi]</c> or <c>...</c></summary>
    Cardinality,
    /// <summary><c>= expr</c></summary>
    EqualsValueClause,
    /// <summary><c>with [TA::]Kind(k=v, ...)</c></summary>
    KindClause,
    /// <summary><c>(k=v, ...)</c></summary>
    KeywordArgumentList,
    /// <summary><c>k=v</c></summary>
    KeywordArgument,
    /// <summary><c>[TA::]Kind:(k=v, ...)</c> as a keyword-argument value.</summary>
    NestedObject,
    /// <summary><c>{ Kind:(...), ... }</c> as a keyword-argument value.</summary>
    NestedObjectList,
    /// <summary><c>create(...)</c> / <c>create::name(...)</c></summary>
    CreationSchemeDeclaration,
    /// <summary><c>delete(...)</c> / <c>delete::name(...)</c></summary>
    DeletionSchemeDeclaration,
    /// <summary>A method (action scheme) or technology behaviour.</summary>
    MethodDeclaration,
    /// <summary><c>listen E from expr { ... }</c></summary>
    ListenerDeclaration,
    /// <summary><c>(T a, required U b = 1)</c></summary>
    ParameterList,
    /// <summary>One behaviour parameter.</summary>
    Parameter,
    /// <summary><c>assert expr;</c> / <c>assert expr onfailure: stmt</c></summary>
    InvariantDeclaration,
    /// <summary><c>onfailure: statement</c></summary>
    OnFailureClause,
    /// <summary><c>assert (T x : expr) { ... }</c></summary>
    IterationInvariantDeclaration,
    /// <summary>Tokens that could not be parsed as a member, kept for fidelity.</summary>
    SkippedTokens,

    // ---- nodes: types
    /// <summary><c>int</c>, <c>boolean</c>, <c>void</c>, ...</summary>
    PredefinedType,
    /// <summary>A simple name.</summary>
    IdentifierName,
    /// <summary><c>a.b.C</c></summary>
    QualifiedName,
    /// <summary><c>List&lt;T&gt;</c></summary>
    GenericName,
    /// <summary><c>&lt;A, B&gt;</c></summary>
    TypeArgumentList,
    /// <summary><c>?</c>, <c>? extends T</c>, <c>? super T</c></summary>
    WildcardType,
    /// <summary><c>T[]</c></summary>
    ArrayType,
    /// <summary><c>Kind(k=v)</c> used as a type.</summary>
    TechnologyType,

    // ---- nodes: expressions
    /// <summary>A number, string, character, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    LiteralExpression,
    /// <summary><c>( e )</c></summary>
    ParenthesizedExpression,
    /// <summary><c>a.b</c></summary>
    MemberAccessExpression,
    /// <summary><c>f(x)</c></summary>
    InvocationExpression,
    /// <summary><c>(a, b)</c> of a call.</summary>
    ArgumentList,
    /// <summary><c>new C(...)</c>, <c>x.new C::m(...)</c>, <c>new M() with (...)</c></summary>
    ObjectCreationExpression,
    /// <summary><c>::name</c> after a type in <c>new</c>.</summary>
    ConstructorSelector,
    /// <summary><c>(T)e</c></summary>
    CastExpression,
    /// <summary><c>a op b</c></summary>
    BinaryExpression,
    /// <summary><c>a = b</c>, <c>a += b</c>, ...</summary>
    AssignmentExpression,
    /// <summary><c>-a</c>, <c>!a</c>, <c>++a</c></summary>
    PrefixUnaryExpression,
    /// <summary><c>a++</c>, <c>a--</c></summary>
    PostfixUnaryExpression,
    /// <summary><c>c ? a : b</c></summary>
    ConditionalExpression,
    /// <summary><c>e instanceof T</c></summary>
    InstanceOfExpression,
    /// <summary><c>super</c></summary>
    SuperExpression,
    /// <summary><c>select [unique] T [with K(...)] from e [where (...)]</c></summary>
    SelectExpression,
    /// <summary><c>where (c1, c2)</c></summary>
    WhereClause,
    /// <summary><c>delete e [from e]</c></summary>
    DeleteExpression,
    /// <summary><c>log e</c></summary>
    LogExpression,
    /// <summary><c>fire e</c></summary>
    FireExpression,
    /// <summary><c>notify e [in e]</c></summary>
    NotifyExpression,
    /// <summary><c>begin match C from e [where (...)]</c></summary>
    BeginMatchExpression,
    /// <summary><c>match C [in s] from e [where (...)] create::m(...)</c></summary>
    MatchExpression,
    /// <summary><c>end match C in s delete::m(...)</c></summary>
    EndMatchExpression,
    /// <summary><c>create::m(args)</c>, <c>delete::m(args)</c>, <c>action::m(args)</c></summary>
    SchemeCall,
    /// <summary><c>unmatched: expr</c></summary>
    UnmatchedClause,
    /// <summary><c>TA::Action(k=v) [in e] [from e]</c></summary>
    TechnologyActionExpression,
    /// <summary><c>in e</c></summary>
    InClause,
    /// <summary><c>from e</c></summary>
    FromClause,
    /// <summary>An expression that is missing or could not be parsed.</summary>
    MissingExpression,

    // ---- nodes: statements
    /// <summary><c>{ ... }</c></summary>
    Block,
    /// <summary><c>T x [= e];</c></summary>
    LocalDeclarationStatement,
    /// <summary><c>e;</c></summary>
    ExpressionStatement,
    /// <summary><c>if (c) s [else s]</c></summary>
    IfStatement,
    /// <summary><c>else s</c></summary>
    ElseClause,
    /// <summary><c>while (c) s</c></summary>
    WhileStatement,
    /// <summary><c>do s while (c);</c></summary>
    DoStatement,
    /// <summary><c>for (init; cond; update) s</c></summary>
    ForStatement,
    /// <summary><c>for (T x : e) s</c></summary>
    ForEachStatement,
    /// <summary><c>return [e];</c></summary>
    ReturnStatement,
    /// <summary><c>;</c></summary>
    EmptyStatement,
    /// <summary><c>connect slot using e;</c></summary>
    ConnectStatement,
    /// <summary>A local variable declaration without its statement terminator (in <c>for</c> headers).</summary>
    VariableDeclaration,
}
