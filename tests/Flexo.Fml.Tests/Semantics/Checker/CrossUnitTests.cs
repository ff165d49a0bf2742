using Flexo.Fml.Semantics;
using Flexo.Fml.Semantics.Bound;

namespace Flexo.Fml.Tests.Semantics.Checker;

/// <summary>
/// Several units checked together: imports by URI (declared or computed), cyclic imports, contained models, the
/// concept lookup order of FML.md §4.3, and finding objects by URI (§6.1).
/// </summary>
public sealed class CrossUnitTests
{
    private const string Rc = CheckerFixture.BaseUri;

    [Fact]
    public void An_import_by_declared_uri_makes_the_model_and_its_concepts_usable_as_types()
    {
        var compilation = CheckerFixture.Compile(
            ("Stock.fml", """
                @URI("http://example.org/stock/Stock.fml")
                model Stock {
                	concept Pallet {
                		int units;
                	}
                }
                """),
            ("Shop.fml", """
                import ["http://example.org/stock/Stock.fml"];

                model Shop {
                	Stock stock with ModelInstance();
                	Pallet next;
                	public int units() {
                		return next.units;
                	}
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var shop = compilation.FindModel(Rc + "Shop.fml")!;
        var stock = compilation.FindModel("http://example.org/stock/Stock.fml")!;
        Assert.Same(stock, Assert.Single(compilation.GetUnit("Shop.fml")!.ImportedUnits).Model);
        Assert.Equal(PropertyKind.ModelSlot, shop.Properties[0].Kind);
        Assert.Same(stock, ((ConceptType)shop.Properties[0].Type).Concept);
        Assert.Same(stock.NestedConcepts[0], ((ConceptType)shop.Properties[1].Type).Concept);
        Assert.Equal(PropertyKind.ConceptInstance, shop.Properties[1].Kind);
    }

    [Fact]
    public void D5_a_model_without_uri_is_imported_by_its_computed_uri_and_an_unknown_type_is_the_only_diagnostic()
    {
        var compilation = CheckerFixture.Compile(
            ("Stock.fml", """
                public model Stock {
                	int units;
                }
                """),
            ("Shop.fml", $$"""
                import ["{{Rc}}Stock.fml"];

                public model Shop {
                	Warehouse spare;
                	public Stock open(String n) {
                		return new Stock() with (name=parameters.n);
                	}
                }
                """));
        Assert.Equal(["Shop.fml(4,2): error FML2001: Unknown type 'Warehouse': no concept, enum, model, imported type or Java type has this name."],
            CheckerFixture.Format(compilation));
        var stock = compilation.FindModel(Rc + "Stock.fml");
        Assert.NotNull(stock);
        Assert.Equal(Rc + "Stock.fml", stock.Uri);
        var open = compilation.FindModel("Shop")!.Behaviours.Single();
        Assert.Same(stock, ((ConceptType)open.ReturnType).Concept);
        var created = BoundTree.Descendants(open.Body!).OfType<BoundNewInstance>().Single();
        Assert.Same(stock, created.Concept);
        Assert.Equal("name", created.Options.Single().Key);
    }

    [Fact]
    public void A_model_without_uri_is_not_known_by_any_other_uri()
    {
        var compilation = CheckerFixture.Compile(("Stock.fml", "model Stock {\n}\n"));
        Assert.NotNull(compilation.FindModel(Rc + "Stock.fml"));
        Assert.Null(compilation.FindModel("http://example.org/Stock.fml"));
        Assert.Null(compilation.FindObject(Rc + "Stock"));
    }

    private static readonly int[][] s_orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

    public static TheoryData<int[]> LoadOrders => [.. s_orders];

    private static readonly (string Name, string Text)[] s_cycle =
    [
        ("Catalog", """
            import ["http://example.org/c/Review.fml"];

            @URI("http://example.org/c/Catalog.fml")
            public model Catalog {
            	public concept Product {
            		String sku;
            	}
            	Review review with ModelInstance();
            	public String reviewedSku() {
            		return review.about.sku;
            	}
            }
            """),
        ("Remark", """
            import ["http://example.org/c/Catalog.fml"];

            @URI("http://example.org/c/Remark.fml")
            public model Remark {
            	Product about;
            }
            """),
        ("Review", """
            import ["http://example.org/c/Catalog.fml"];
            import ["http://example.org/c/Remark.fml"];

            @URI("http://example.org/c/Review.fml")
            public model Review extends Remark {
            }
            """),
    ];

    [Theory]
    [MemberData(nameof(LoadOrders))]
    public void D25_units_importing_each_other_check_cleanly_in_every_order(int[] order)
    {
        // The documents are given in this order, and their paths sort in this order too.
        var documents = order.Select((unit, position) => CheckerFixture.Document($"{position}_{s_cycle[unit].Name}.fml", s_cycle[unit].Text)).ToList();
        var compilation = Compilation.Create(documents);
        CheckerFixture.AssertClean(compilation);

        var catalog = compilation.FindModel("http://example.org/c/Catalog.fml")!;
        var review = compilation.FindModel("http://example.org/c/Review.fml")!;
        var remark = compilation.FindModel("http://example.org/c/Remark.fml")!;
        Assert.Same(remark, Assert.Single(review.Parents));
        Assert.Same(catalog.NestedConcepts.Single(), ((ConceptType)remark.Properties.Single().Type).Concept);
        var reviewedSku = catalog.Behaviours.Single();
        Assert.Equal("String", reviewedSku.ReturnType.DisplayName);
        var sku = BoundTree.Descendants(reviewedSku.Body!).OfType<BoundPropertyAccess>().First();
        Assert.Equal("sku", sku.Property.Name);
        var about = Assert.IsType<BoundPropertyAccess>(sku.Receiver);
        Assert.Same(remark, about.Property.Owner);
        Assert.Equal("Review", about.Receiver.Type.DisplayName);

        // Each unit is parsed once: the unit symbol holds the very tree the compilation hands out.
        foreach (var document in documents)
        {
            Assert.Same(compilation.GetSyntaxTree(document.Path), compilation.GetUnit(document.Path)!.Tree);
        }
    }

    [Fact]
    public void D25_the_results_do_not_depend_on_the_order_of_the_documents()
    {
        string Describe(Compilation c) => string.Join("\n", c.Units.Values.OrderBy(u => u.UnitUri, StringComparer.Ordinal).SelectMany(u =>
            BoundTree.Concepts(u).Select(k => $"{k.Uri} < {string.Join(",", k.Parents.Select(p => p.Uri))} "
                + string.Join(" ", k.Properties.Select(p => p.Name + ":" + p.Type.DisplayName))
                + string.Join(" ", k.Behaviours.Select(b => b.Signature + ":" + b.ReturnType.DisplayName)))));

        string? first = null;
        foreach (var order in s_orders)
        {
            var compilation = Compilation.Create(order.Select(i => CheckerFixture.Document(s_cycle[i].Name + ".fml", s_cycle[i].Text)));
            var description = Describe(compilation) + "\n" + string.Join("\n", CheckerFixture.Format(compilation));
            first ??= description;
            Assert.Equal(first, description);
        }
    }

    [Fact]
    public void A_unit_importing_itself_is_harmless()
    {
        var compilation = CheckerFixture.Compile(("Self.fml", $$"""
            import ["{{Rc}}Self.fml"];

            model Self {
            	Self other;
            }
            """));
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void A_contained_model_gets_the_uri_of_its_container_plus_its_name_and_sees_the_container_names()
    {
        var compilation = CheckerFixture.Compile(
            ("PingPong.fml/PingPong.fml", """
                @URI("http://example.org/PingPong.fml")
                model PingPong {
                	int pings;
                	concept Ball {
                		int speed;
                	}
                }
                """),
            ("PingPong.fml/Ping.fml/Ping.fml", """
                @URI("http://example.org/elsewhere/Ping.fml")
                model Ping {
                	public void hit() {
                		pings = pings + 1;
                		Ball ball = new Ball();
                		/*@here*/ log ball.speed + container.pings;
                	}
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var ping = compilation.FindModel("http://example.org/PingPong.fml/Ping.fml");
        Assert.NotNull(ping);
        Assert.Equal("Ping", ping.Name);
        Assert.Null(compilation.FindModel("http://example.org/elsewhere/Ping.fml"));
        Assert.Same(compilation.FindModel("PingPong"), ping.ContainerModel);

        var probe = ScopeProbe.In(compilation, "PingPong.fml/Ping.fml/Ping.fml");
        var container = Assert.IsType<BoundContainerOf>(probe.Resolve("container"));
        Assert.Equal("PingPong", container.Type.DisplayName);
        Assert.Equal("PingPong", Assert.IsType<BoundPropertyAccess>(probe.Resolve("container.pings")).Property.Owner.Name);
        var pings = BoundTree.AllNodes(compilation.GetUnit("PingPong.fml/Ping.fml/Ping.fml")!)
            .OfType<BoundPropertyAccess>().First(a => a.Property.Name == "pings");
        Assert.Equal(1, Assert.IsType<BoundContainerOf>(pings.Receiver).Levels);
    }

    [Fact]
    public void A_contained_model_calls_behaviours_and_listens_to_events_of_its_container()
    {
        var compilation = CheckerFixture.Compile(
            ("Hall.fml/Hall.fml", """
                model Hall {
                	int score;
                	public void point() {
                		score = score + 1;
                	}
                	event Served {
                		int speed;
                	}
                }
                """),
            ("Hall.fml/Ping.fml/Ping.fml", """
                model Ping {
                	concept Paddle {
                		public void hit() {
                			point();
                			fire new Served();
                		}
                	}
                	listen Served from container {
                		log evt.speed;
                	}
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var ping = compilation.FindModel("Ping")!;
        var call = BoundTree.Descendants(ping.NestedConcepts.Single().Behaviours.Single().Body!).OfType<BoundBehaviourCall>().Single();
        Assert.Equal("Hall", call.Behaviour.Owner.Name);
        var receiver = Assert.IsType<BoundContainerOf>(call.Receiver);
        Assert.Equal(2, receiver.Levels);
        var listener = ping.Behaviours.Single(b => b.Kind == BehaviourKind.Listener);
        Assert.Equal("Served", listener.ListenedEvent!.DisplayName);
        Assert.Equal("Hall", listener.ListenedSource!.Type.DisplayName);
    }

    [Fact]
    public void A_contained_model_without_uri_is_known_by_the_container_uri_plus_its_name()
    {
        var compilation = CheckerFixture.Compile(
            ("Office.fml/Office.fml", "model Office {\n}\n"),
            ("Office.fml/Desk.fml/Desk.fml", "model Desk {\n\tconcept Drawer {\n\t}\n}\n"));
        CheckerFixture.AssertClean(compilation);
        Assert.Equal(Rc + "Office.fml/Desk.fml", compilation.FindModel("Desk")!.Uri);
        Assert.IsType<ConceptSymbol>(compilation.FindObject(Rc + "Office.fml/Desk.fml#Drawer"));
    }

    [Fact]
    public void Concept_lookup_own_concepts_win_over_the_container_model_and_the_container_over_parent_models()
    {
        // §4.3 as Flexo does it (docs/checker.md): the enclosing concepts and the model's own concepts, then container
        // models, then parent models, then contained models, then imported units.
        var compilation = CheckerFixture.Compile(
            ("Base.fml", """
                model Base {
                	concept Gear {
                		int fromBase;
                	}
                	concept Axle {
                		int fromBase;
                	}
                	concept Pin {
                		int fromBase;
                	}
                }
                """),
            ("Plant.fml/Plant.fml", """
                model Plant {
                	concept Gear {
                		int fromPlant;
                	}
                	concept Axle {
                		int fromPlant;
                	}
                }
                """),
            ("Plant.fml/Line.fml/Line.fml", $$"""
                import ["{{Rc}}Base.fml"];

                model Line extends Base {
                	concept Gear {
                		int fromLine;
                	}
                	Gear gear;
                	Axle axle;
                	Pin pin;
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var line = compilation.FindModel("Line")!;
        string OwnerOf(string property) => ((ConceptType)line.Properties.Single(p => p.Name == property).Type).Concept!.OwningModel.Name;
        Assert.Equal("Line", OwnerOf("gear"));
        Assert.Equal("Plant", OwnerOf("axle"));
        Assert.Equal("Base", OwnerOf("pin"));
    }

    [Fact]
    public void Concept_lookup_finds_concepts_of_contained_models_and_own_concepts_win_over_imported_ones()
    {
        var compilation = CheckerFixture.Compile(
            ("Lib.fml", """
                model Lib {
                	concept Book {
                		int fromLib;
                	}
                	concept Shelf {
                		int fromLib;
                	}
                }
                """),
            ("Shop.fml/Shop.fml", $$"""
                import ["{{Rc}}Lib.fml"];

                model Shop {
                	concept Book {
                		int fromShop;
                	}
                	Book book;
                	Shelf shelf;
                	Till till;
                }
                """),
            ("Shop.fml/Counter.fml/Counter.fml", """
                model Counter {
                	concept Till {
                		int fromCounter;
                	}
                }
                """));
        CheckerFixture.AssertClean(compilation);
        var shop = compilation.FindModel("Shop")!;
        string OwnerOf(string property) => ((ConceptType)shop.Properties.Single(p => p.Name == property).Type).Concept!.OwningModel.Name;
        Assert.Equal("Shop", OwnerOf("book"));
        Assert.Equal("Lib", OwnerOf("shelf"));
        Assert.Equal("Counter", OwnerOf("till"));
    }

    [Fact]
    public void Concept_lookup_a_nested_concept_sees_its_siblings_and_the_concepts_nested_in_its_enclosing_concepts()
    {
        var compilation = CheckerFixture.CompileOne("""
            model Body {
            	concept Arm {
            		concept Hand {
            			Finger first;
            		}
            		concept Finger {
            			Hand hand;
            		}
            	}
            	concept Leg {
            		Finger toe;
            	}
            }
            """);
        CheckerFixture.AssertClean(compilation);
        var leg = compilation.FindModel("Body")!.NestedConcepts[1];
        Assert.Equal(compilation.FindModel("Body")!.Uri + "#Arm#Finger", leg.Properties.Single().Type is ConceptType { Concept: { } f } ? f.Uri : null);
    }

    [Fact]
    public void Concepts_of_an_unimported_unit_are_not_visible()
    {
        var compilation = CheckerFixture.Compile(
            ("Lib.fml", "model Lib {\n\tconcept Book {\n\t}\n}\n"),
            ("Shop.fml", "model Shop {\n\tBook book;\n}\n"));
        CheckerFixture.AssertCodes(compilation, "FML2001");
    }

    [Fact]
    public void FindObject_finds_models_concepts_nested_concepts_properties_and_enum_values_by_uri()
    {
        var compilation = CheckerFixture.Compile(("Library.fml", """
            @URI("http://example.org/Library.fml")
            model Library {
            	String name;
            	enum Genre { NOVEL, ESSAY }
            	concept Book {
            		String title;
            		concept Chapter {
            			int number;
            		}
            	}
            }
            """));
        CheckerFixture.AssertClean(compilation);
        const string Uri = "http://example.org/Library.fml";
        Assert.Equal("Library", Assert.IsType<ConceptSymbol>(compilation.FindObject(Uri)).Name);
        Assert.Equal("name", Assert.IsType<PropertySymbol>(compilation.FindObject(Uri + ".name")).Name);
        Assert.Equal(ConceptKind.Enum, Assert.IsType<ConceptSymbol>(compilation.FindObject(Uri + "#Genre")).Kind);
        var essay = Assert.IsType<EnumValueSymbol>(compilation.FindObject(Uri + "#Genre#ESSAY"));
        Assert.Equal(1, essay.Ordinal);
        Assert.Equal("Book", Assert.IsType<ConceptSymbol>(compilation.FindObject(Uri + "#Book")).Name);
        Assert.Equal("title", Assert.IsType<PropertySymbol>(compilation.FindObject(Uri + "#Book.title")).Name);
        var chapter = Assert.IsType<ConceptSymbol>(compilation.FindObject(Uri + "#Book#Chapter"));
        Assert.Equal("Book", chapter.ApplicableContainer!.Name);
        Assert.Equal("number", Assert.IsType<PropertySymbol>(compilation.FindObject(Uri + "#Book#Chapter.number")).Name);
        Assert.Null(compilation.FindObject(Uri + "#Chapter"));
        Assert.Null(compilation.FindObject(Uri + "#Book.nothing"));
    }

    [Fact]
    public void FindObject_finds_behaviours_by_concept_uri_name_and_parameter_names()
    {
        var compilation = CheckerFixture.Compile(("Library.fml", """
            @URI("http://example.org/Library.fml")
            model Library {
            	concept Book {
            		String title;
            		create(String t) {
            			title = parameters.t;
            		}
            		public void rename(String newTitle, boolean keep) {
            		}
            	}
            	public void clear() {
            	}
            }
            """));
        CheckerFixture.AssertClean(compilation);
        var rename = Assert.IsType<BehaviourSymbol>(compilation.FindObject("http://example.org/Library.fml#Book.rename(newTitle,keep)"));
        Assert.Equal("http://example.org/Library.fml#Book.rename(newTitle,keep)", rename.Uri);
        Assert.IsType<BehaviourSymbol>(compilation.FindObject("http://example.org/Library.fml.clear()"));
    }

    [Fact]
    public void Behaviour_uris_are_the_concept_uri_dot_the_signature_with_parameter_names()
    {
        var compilation = CheckerFixture.Compile(("Library.fml", """
            @URI("http://example.org/Library.fml")
            model Library {
            	concept Book {
            		public void rename(String newTitle, boolean keep) {
            		}
            	}
            }
            """));
        var rename = compilation.FindModel("Library")!.NestedConcepts.Single().Behaviours.Single();
        Assert.Equal("rename(newTitle,keep)", rename.Signature);
        Assert.Equal("http://example.org/Library.fml#Book.rename(newTitle,keep)", rename.Uri);
    }

    [Fact]
    public void D6_a_uri_built_from_a_namespace_alias_registers_the_model_under_the_evaluated_uri()
    {
        var compilation = CheckerFixture.Compile(("Hangar.fml", """
            namespace "http://acme.example/fleet/" as FLEET;

            @URI(FLEET + "Hangar.fml")
            @Description(FLEET + "notes")
            public model Hangar {
            	String code;
            }
            """));
        CheckerFixture.AssertClean(compilation);
        var hangar = compilation.FindModel("http://acme.example/fleet/Hangar.fml");
        Assert.NotNull(hangar);
        Assert.Equal("http://acme.example/fleet/Hangar.fml", hangar.Uri);
        Assert.Null(compilation.FindModel(Rc + "Hangar.fml"));
        Assert.Equal("http://acme.example/fleet/notes", hangar.Annotations.Single(a => a.Tag == "Description").Value);
        Assert.IsType<PropertySymbol>(compilation.FindObject("http://acme.example/fleet/Hangar.fml.code"));
    }

    [Fact]
    public void D6_an_import_address_built_from_a_namespace_alias_resolves()
    {
        var compilation = CheckerFixture.Compile(
            ("Hangar.fml", "@URI(\"http://acme.example/fleet/Hangar.fml\")\nmodel Hangar {\n}\n"),
            ("Airport.fml", """
                namespace "http://acme.example/fleet/" as FLEET;
                import [FLEET + "Hangar.fml"];

                model Airport {
                	Hangar hangar;
                }
                """));
        CheckerFixture.AssertClean(compilation);
    }

    [Fact]
    public void D6_a_misspelt_alias_in_uri_is_an_error_and_the_model_is_registered_under_no_uri()
    {
        var compilation = CheckerFixture.Compile(("Hangar.fml", """
            namespace "http://acme.example/fleet/" as FLEET;

            @URI(FLET + "Hangar.fml")
            public model Hangar {
            	String code;
            }
            """));
        Assert.Equal(["Hangar.fml(3,6): error FML2025: The value of @URI must be a string built from literals and namespace aliases."],
            CheckerFixture.Format(compilation));
        Assert.Null(compilation.FindModel(Rc + "Hangar.fml"));
        Assert.Null(compilation.FindModel("http://acme.example/fleet/Hangar.fml"));
        Assert.Null(compilation.FindObject(Rc + "Hangar.fml.code"));
    }

    [Fact]
    public void D6_a_model_with_an_invalid_uri_has_no_uri()
    {
        var compilation = CheckerFixture.Compile(("Hangar.fml", """
            namespace "http://acme.example/fleet/" as FLEET;

            @URI(FLET + "Hangar.fml")
            public model Hangar {
            	concept Bay {
            	}
            }
            """));
        var hangar = compilation.GetUnit("Hangar.fml")!.Model!;
        Assert.Null(hangar.Uri);
        Assert.Null(hangar.NestedConcepts.Single().Uri);
    }

    [Fact]
    public void Two_models_with_the_same_uri_the_first_by_path_keeps_it()
    {
        var compilation = CheckerFixture.Compile(
            ("B.fml", "@URI(\"http://example.org/X.fml\")\nmodel Second {\n}\n"),
            ("A.fml", "@URI(\"http://example.org/X.fml\")\nmodel First {\n}\n"));
        CheckerFixture.AssertCodes(compilation, "FML2032");
        Assert.Single(compilation.GetDiagnostics("B.fml"));
        Assert.Equal("First", compilation.FindModel("http://example.org/X.fml")!.Name);
    }
}
