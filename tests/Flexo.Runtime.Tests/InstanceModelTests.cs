using Flexo.Fml.Semantics;

namespace Flexo.Runtime.Tests;

public sealed class InstanceModelTests
{
    private readonly Compilation _compilation = Fixture.Compile();
    private readonly ConceptSymbol _shop;
    private readonly VirtualModelInstance _vmi;

    public InstanceModelTests()
    {
        _shop = _compilation.Model("Shop");
        _vmi = VirtualModelInstance.Create(_shop, "Main", "http://rc/", "SYL");
    }

    private ConceptSymbol C(string name) => _shop.Concept(name);

    private ConceptInstance NewShelf() => _vmi.CreateInstance(C("Shelf"));

    private ConceptInstance NewBook() => _vmi.CreateInstance(C("Book"));

    [Fact]
    public void Model_instances_and_concept_instances_have_stable_uris()
    {
        Assert.Equal("http://rc/Main.fml.rt", _vmi.Uri);
        Assert.Equal("Main", _vmi.Name);
        Assert.Same(_vmi, _vmi.ModelInstance);
        Assert.Equal(0, _vmi.FlexoId);
        var book = NewBook();
        var shelf = NewShelf();
        Assert.Equal(1, book.FlexoId);
        Assert.Equal(2, shelf.FlexoId);
        Assert.Equal("http://rc/Main.fml.rt#SYL_1", book.Uri);
        Assert.Equal("SYL", shelf.UserId);
        Assert.Same(_vmi, book.ModelInstance);
        Assert.Same(book, _vmi.FindInstance(book.Uri));
        Assert.Same(_vmi, _vmi.FindInstance(_vmi.Uri));
        Assert.Null(_vmi.FindInstance("http://rc/Main.fml.rt#SYL_99"));
    }

    [Fact]
    public void Identities_are_never_reused_after_a_deletion()
    {
        var first = NewBook();
        first.Delete();
        var second = NewBook();
        Assert.Equal(2, second.FlexoId);
        Assert.Null(_vmi.FindInstance("http://rc/Main.fml.rt#SYL_1"));
    }

    [Fact]
    public void Contained_model_instances_nest_their_uris_and_are_found()
    {
        var branch = _vmi.CreateContainedModelInstance(_compilation.Model("http://test/Shop.fml/Branch.fml"), "North");
        Assert.Equal("http://rc/Main.fml.rt/North.fml.rt", branch.Uri);
        Assert.Same(_vmi, branch.ContainerModelInstance);
        Assert.Equal([branch], _vmi.ContainedModelInstances);
        branch.Set("size", 3);
        Assert.Equal(3, branch.Get("size"));
        Assert.Same(branch, _vmi.FindInstance(branch.Uri));
        var ex = Assert.Throws<FmlRuntimeException>(() => _vmi.CreateContainedModelInstance(_compilation.Model("Shop"), "X"));
        Assert.Contains("not contained", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FmlRuntimeException>(() => _vmi.CreateContainedModelInstance(_compilation.Model("http://test/Shop.fml/Branch.fml"), "North"));
    }

    [Fact]
    public void Model_names_and_kinds_are_checked()
    {
        Assert.Throws<FmlRuntimeException>(() => VirtualModelInstance.Create(_shop, "a/b", "http://rc"));
        Assert.Throws<FmlRuntimeException>(() => VirtualModelInstance.Create(_shop, " ", "http://rc"));
        Assert.Throws<FmlRuntimeException>(() => VirtualModelInstance.Create(C("Book"), "x", "http://rc"));
        Assert.Equal("http://rc/x.fml.rt", VirtualModelInstance.Create(_shop, "x", "http://rc").Uri);
    }

    [Fact]
    public void Single_valued_properties_are_stored_and_inherited_ones_resolved()
    {
        var book = NewBook();
        Assert.Null(book.Get("label"));
        book.Set(C("Item").Property("label"), "Dune");
        book.Set("pages", 412);
        Assert.Equal("Dune", book.Get("label"));
        Assert.Equal(412, book.Get(C("Book").Property("pages")));
        _vmi.Set("owner", "Ann");
        Assert.Equal("Ann", _vmi.Get(_shop.Property("owner")));
    }

    [Fact]
    public void Unknown_computed_and_foreign_properties_are_refused_with_a_message()
    {
        var book = NewBook();
        var ex = Assert.Throws<FmlRuntimeException>(() => book.Get("nothing"));
        Assert.Contains("no property 'nothing'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FmlRuntimeException>(() => book.Get(C("Shelf").Property("featured")));
        var shelf = NewShelf();
        ex = Assert.Throws<FmlRuntimeException>(() => shelf.Get("count"));
        Assert.Contains("computed", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FmlRuntimeException>(() => shelf.GetList("featured"));
    }

    [Fact]
    public void Embedded_instances_read_properties_of_their_containers_and_model()
    {
        var shelf = NewShelf();
        shelf.Set("featured", NewBook());
        var slot = _vmi.CreateInstance(C("Slot"), shelf);
        var pin = _vmi.CreateInstance(C("Pin"), slot);
        slot.Set("number", 7);
        _vmi.Set("visits", 5);
        Assert.Equal(7, pin.Get("number"));
        Assert.Same(shelf.Get("featured"), pin.Get(C("Shelf").Property("featured")));
        Assert.Equal(5, pin.Get("visits"));
        pin.Set("number", 8);
        Assert.Equal(8, slot.Get("number"));
    }

    [Fact]
    public void Concept_typed_and_enum_values_are_checked()
    {
        var shelf = NewShelf();
        var ex = Assert.Throws<FmlRuntimeException>(() => shelf.Set("featured", shelf));
        Assert.Contains("expects an instance of 'Item'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<FmlRuntimeException>(() => shelf.Set("featured", "text"));
        Assert.Throws<FmlRuntimeException>(() => shelf.GetList("items").Add(shelf));
        var painted = _vmi.CreateInstance(C("Painted"));
        var color = C("Color");
        painted.Set("color", color.EnumValues[1]);
        Assert.Same(color.EnumValues[1], painted.Get("color"));
        Assert.Throws<FmlRuntimeException>(() => painted.Set("color", "GREEN"));
    }

    [Fact]
    public void Multi_valued_properties_are_live_lists()
    {
        var shelf = NewShelf();
        var items = shelf.GetList("items");
        Assert.Same(items, shelf.Get(C("Shelf").Property("items")));
        Assert.Empty(items);
        var a = NewBook();
        var b = _vmi.CreateInstance(C("Magazine"));
        var c = NewBook();
        items.Add(a);
        items.Add(c);
        items.Insert(1, b);
        Assert.Equal([a, b, c], shelf.GetList("items"));
        items[0] = c;
        Assert.Equal([c, b, c], items);
        Assert.True(items.Remove(c));
        Assert.Equal([b, c], items);
        Assert.False(items.Remove(a));
        items.RemoveAt(0);
        Assert.Equal([c], items);
        items.Clear();
        Assert.Empty(items);
        shelf.Set("items", new object?[] { a, b });
        Assert.Equal([a, b], items);
        shelf.Set("items", null);
        Assert.Empty(items);
        Assert.Throws<FmlRuntimeException>(() => shelf.Set("items", a));
    }

    [Fact]
    public void Cardinality_bounds_never_refuse_and_are_reported_by_validation()
    {
        var shelf = NewShelf();
        var tags = shelf.GetList("tags");
        tags.Add("x");
        Assert.Equal(["'tags' of http://rc/Main.fml.rt#SYL_1 holds 1 value(s), outside [2,4]."],
            _vmi.ValidateCardinalities().Select(v => v.Message));
        tags.Add("y");
        tags.Add("z");
        Assert.Empty(_vmi.ValidateCardinalities());
        tags.Add("t");
        tags.Add("u");
        Assert.Equal(5, tags.Count);
        var violation = Assert.Single(_vmi.ValidateCardinalities());
        Assert.Same(shelf, violation.Instance);
        Assert.Equal(5, violation.Count);
    }

    [Fact]
    public void Instances_of_a_concept_include_sub_concepts_in_creation_order()
    {
        var b1 = NewBook();
        var shelf = NewShelf();
        var m1 = _vmi.CreateInstance(C("Magazine"));
        var b2 = NewBook();
        Assert.Equal([b1, m1, b2], _vmi.InstancesOf(C("Item")));
        Assert.Equal([b1, b2], _vmi.InstancesOf(C("Book")));
        Assert.Equal([shelf], _vmi.InstancesOf(C("Shelf")));
        Assert.Empty(_vmi.InstancesOf(C("Slot")));
        Assert.Equal([b1, shelf, m1, b2], _vmi.AllInstances);
        Assert.Equal(4, _vmi.InstanceCount);
        m1.Delete();
        Assert.Equal([b1, b2], _vmi.InstancesOf(C("Item")));
    }

    [Fact]
    public void Embedded_instances_are_indexed_by_container()
    {
        var shelf = NewShelf();
        var s1 = _vmi.CreateInstance(C("Slot"), shelf);
        var s2 = _vmi.CreateInstance(C("Slot"), shelf);
        var pin = _vmi.CreateInstance(C("Pin"), s1);
        Assert.Equal([s1, s2], shelf.EmbeddedInstances);
        Assert.Equal([s1, s2], shelf.EmbeddedInstancesOf(C("Slot")));
        Assert.Empty(shelf.EmbeddedInstancesOf(C("Pin")));
        Assert.Equal([pin], s1.EmbeddedInstancesOf(C("Pin")));
        Assert.Same(s1, pin.Container);
        Assert.False(pin.IsRoot);
        Assert.Equal([shelf], _vmi.RootInstances);
        Assert.Equal([s1, s2], _vmi.InstancesOf(C("Slot")));
    }

    [Fact]
    public void Creation_checks_abstractness_model_and_container()
    {
        var shelf = NewShelf();
        string Error(Action action) => Assert.Throws<FmlRuntimeException>(action).Message;
        Assert.Contains("abstract", Error(() => _vmi.CreateInstance(C("Item"))), StringComparison.Ordinal);
        Assert.Contains("belongs to model 'Other'", Error(() => _vmi.CreateInstance(_compilation.Model("Other").Concept("Thing"))), StringComparison.Ordinal);
        Assert.Contains("a container instance is required", Error(() => _vmi.CreateInstance(C("Slot"))), StringComparison.Ordinal);
        Assert.Contains("not inside 'Book'", Error(() => _vmi.CreateInstance(C("Slot"), NewBook())), StringComparison.Ordinal);
        Assert.Contains("root concept", Error(() => _vmi.CreateInstance(C("Book"), shelf)), StringComparison.Ordinal);
        Assert.Contains("is a model", Error(() => _vmi.CreateInstance(_shop)), StringComparison.Ordinal);
        Assert.Contains("enum", Error(() => _vmi.CreateInstance(C("Color"))), StringComparison.Ordinal);
        var other = VirtualModelInstance.Create(_shop, "Other", "http://rc");
        Assert.Contains("does not belong", Error(() => other.CreateInstance(C("Slot"), shelf)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_instance_disappears_from_every_role()
    {
        var shelf = NewShelf();
        var other = NewShelf();
        var a = NewBook();
        var b = NewBook();
        var c = NewBook();
        shelf.GetList("items").Add(a);
        shelf.GetList("items").Add(b);
        shelf.GetList("items").Add(c);
        shelf.GetList("items").Add(b);
        shelf.Set("featured", b);
        other.Set("featured", b);
        other.GetList("items").Add(b);
        b.Delete();
        Assert.True(b.IsDeleted);
        Assert.Equal([a, c], shelf.GetList("items"));
        Assert.Null(shelf.Get("featured"));
        Assert.Null(other.Get("featured"));
        Assert.Empty(other.GetList("items"));
        Assert.DoesNotContain(b, _vmi.AllInstances);
        Assert.Null(_vmi.FindInstance(b.Uri));
    }

    [Fact]
    public void References_across_model_instances_are_cleared_too()
    {
        var elsewhere = VirtualModelInstance.Create(_shop, "Elsewhere", "http://rc");
        var shelf = elsewhere.CreateInstance(C("Shelf"));
        var book = NewBook();
        shelf.GetList("items").Add(book);
        book.Delete();
        Assert.Empty(shelf.GetList("items"));
    }

    [Fact]
    public void A_deleted_instance_cannot_be_used_or_stored()
    {
        var shelf = NewShelf();
        var book = NewBook();
        var items = shelf.GetList("items");
        book.Delete();
        Assert.Throws<FmlRuntimeException>(() => book.Get("label"));
        Assert.Throws<FmlRuntimeException>(() => book.Set("label", "x"));
        Assert.Throws<FmlRuntimeException>(book.Delete);
        Assert.Throws<FmlRuntimeException>(() => book.Observe(new Recorder()));
        Assert.Throws<FmlRuntimeException>(() => shelf.Set("featured", book));
        Assert.Throws<FmlRuntimeException>(() => items.Add(book));
        shelf.Delete();
        Assert.Throws<FmlRuntimeException>(() => items.Add(null));
        Assert.Throws<FmlRuntimeException>(() => _vmi.CreateInstance(C("Slot"), shelf));
    }

    [Fact]
    public void References_held_by_a_deleted_instance_no_longer_count()
    {
        var shelf = NewShelf();
        var book = NewBook();
        shelf.Set("featured", book);
        shelf.Delete();
        book.Delete();
        Assert.True(book.IsDeleted);
    }

    [Fact]
    public void Contained_instances_are_deleted_first_while_still_attached()
    {
        var shelf = NewShelf();
        var slot = _vmi.CreateInstance(C("Slot"), shelf);
        var pin = _vmi.CreateInstance(C("Pin"), slot);
        var seen = new List<string>();
        var probe = new Probe(change =>
        {
            if (change.Kind == InstanceChangeKind.Deleted)
            {
                seen.Add($"{change.Instance.Concept.Name} container={change.Instance.Container?.Concept.Name} containerDeleted={change.Instance.Container?.IsDeleted}");
            }
        });
        using var subscription = _vmi.ObserveAll(probe);
        shelf.Delete();
        Assert.Equal(["Pin container=Slot containerDeleted=False", "Slot container=Shelf containerDeleted=False", "Shelf container= containerDeleted="], seen);
        Assert.True(pin.IsDeleted && slot.IsDeleted);
        Assert.Empty(_vmi.AllInstances);
    }

    [Fact]
    public void Deleting_a_model_instance_deletes_everything_it_holds()
    {
        var branch = _vmi.CreateContainedModelInstance(_compilation.Model("http://test/Shop.fml/Branch.fml"), "North");
        var shelf = NewShelf();
        var slot = _vmi.CreateInstance(C("Slot"), shelf);
        var book = NewBook();
        var recorder = new Recorder();
        using var subscription = _vmi.ObserveAll(recorder);
        _vmi.Delete();
        Assert.True(branch.IsDeleted && shelf.IsDeleted && slot.IsDeleted && book.IsDeleted && _vmi.IsDeleted);
        Assert.Equal(["Deleted Branch", "Deleted Slot", "Deleted Shelf", "Deleted Book", "Deleted Shop"], recorder.Lines);
    }

    [Fact]
    public void Every_change_is_notified_in_order_with_its_details()
    {
        var recorder = new Recorder();
        using var all = _vmi.ObserveAll(recorder);
        var shelf = NewShelf();
        var book = NewBook();
        shelf.Set("featured", book);
        shelf.Set("featured", book);
        var items = shelf.GetList("items");
        items.Add(book);
        items.Insert(0, book);
        items[1] = null;
        items.Remove(book);
        items.Add(book);
        items.Clear();
        _vmi.Set("visits", 2);
        book.Delete();
        Assert.Equal(
        [
            "Created Shelf",
            "Created Book",
            "PropertyChanged Shelf.featured: null -> Book#2",
            "ElementAdded Shelf.items[0]: null -> Book#2",
            "ElementAdded Shelf.items[0]: null -> Book#2",
            "ElementReplaced Shelf.items[1]: Book#2 -> null",
            "ElementRemoved Shelf.items[0]: Book#2 -> null",
            "ElementAdded Shelf.items[1]: null -> Book#2",
            "ElementRemoved Shelf.items[1]: Book#2 -> null",
            "ElementRemoved Shelf.items[0]: null -> null",
            "PropertyChanged Shop.visits: null -> 2",
            "PropertyChanged Shelf.featured: Book#2 -> null",
            "Deleted Book",
        ], recorder.Lines);
        var added = recorder.Changes[3];
        Assert.Same(shelf, added.Instance);
        Assert.Same(C("Shelf").Property("items"), added.Property);
        Assert.Same(book, added.NewValue);
    }

    [Fact]
    public void Instance_observers_see_only_their_instance_and_unsubscribing_leaves_nothing()
    {
        var shelf = NewShelf();
        var book = NewBook();
        var recorder = new Recorder();
        var subscription = shelf.Observe(recorder);
        book.Set("label", "x");
        shelf.Set("featured", book);
        subscription.Dispose();
        subscription.Dispose();
        shelf.Set("featured", null);
        Assert.Equal(["PropertyChanged Shelf.featured: null -> Book#2"], recorder.Lines);

        var model = new Recorder();
        var modelSubscription = _vmi.ObserveAll(model);
        modelSubscription.Dispose();
        NewBook();
        Assert.Empty(model.Changes);
    }

    [Fact]
    public void An_observer_may_unsubscribe_while_being_notified()
    {
        IDisposable? subscription = null;
        var count = 0;
        subscription = _vmi.ObserveAll(new Probe(_ =>
        {
            count++;
            subscription!.Dispose();
        }));
        var second = new Recorder();
        using var other = _vmi.ObserveAll(second);
        NewBook();
        NewBook();
        Assert.Equal(1, count);
        Assert.Equal(2, second.Changes.Count);
    }

    [Fact]
    public void Changes_in_contained_model_instances_reach_the_container_observers()
    {
        var recorder = new Recorder();
        using var all = _vmi.ObserveAll(recorder);
        var branch = _vmi.CreateContainedModelInstance(_compilation.Model("http://test/Shop.fml/Branch.fml"), "North");
        branch.Set("size", 1);
        Assert.Equal(["Created Branch", "PropertyChanged Branch.size: null -> 1"], recorder.Lines);
    }

    [Fact]
    public void Deletion_notifies_the_instance_observers_then_releases_them()
    {
        var book = NewBook();
        var recorder = new Recorder();
        book.Observe(recorder);
        book.Delete();
        Assert.Equal(["Deleted Book"], recorder.Lines);
    }

    [Fact]
    public void Self_references_are_cleared_on_deletion()
    {
        var painted = _vmi.CreateInstance(C("Painted"));
        var friend = _vmi.CreateInstance(C("Painted"));
        painted.GetList("friends").Add(painted);
        painted.GetList("friends").Add(friend);
        friend.GetList("friends").Add(painted);
        painted.Delete();
        Assert.Empty(friend.GetList("friends"));
        friend.Delete();
        Assert.Empty(_vmi.AllInstances);
    }

    [Fact]
    public void Assigning_equal_values_changes_and_notifies_nothing()
    {
        var shelf = NewShelf();
        var book = NewBook();
        shelf.Set("items", new object?[] { book, book });
        var recorder = new Recorder();
        using var subscription = _vmi.ObserveAll(recorder);
        shelf.Set("items", new List<object?> { book, book });
        shelf.Set("items", shelf.GetList("items"));
        _vmi.Set("visits", 1);
        _vmi.Set("visits", 1);
        Assert.Equal(["PropertyChanged Shop.visits: null -> 1"], recorder.Lines);
    }

    [Fact]
    public void An_instance_being_deleted_cannot_be_stored_again_nor_receive_embedded_instances()
    {
        var shelf = NewShelf();
        var book = NewBook();
        shelf.Set("featured", book);
        var errors = new List<string>();
        using var subscription = _vmi.ObserveAll(new Probe(change =>
        {
            if (change.Kind == InstanceChangeKind.PropertyChanged && change.OldValue == book)
            {
                errors.Add(Assert.Throws<FmlRuntimeException>(() => shelf.Set("featured", book)).Message);
            }
        }));
        book.Delete();
        Assert.Equal(["Cannot store the deleted instance http://rc/Main.fml.rt#SYL_2 in 'featured' of 'Shelf'."], errors);
        Assert.Null(shelf.Get("featured"));
    }

    [Fact]
    public void Embedded_instances_created_while_the_container_deletes_its_content_are_deleted_too()
    {
        var shelf = NewShelf();
        _vmi.CreateInstance(C("Slot"), shelf);
        var created = false;
        using var subscription = _vmi.ObserveAll(new Probe(change =>
        {
            if (change.Kind == InstanceChangeKind.Deleted && !created)
            {
                created = true;
                _vmi.CreateInstance(C("Slot"), shelf);
            }
        }));
        shelf.Delete();
        Assert.Empty(_vmi.AllInstances);
    }

    [Fact]
    public void Concepts_of_an_ancestor_model_can_be_instantiated_in_a_sub_model_instance()
    {
        var compilation = Compilation.Create(
        [
            new FmlDocument("Shop.fml", Fixture.ShopText, "http://test/Shop.fml"),
            new FmlDocument("Outlet.fml", """
                import ["http://test/Shop.fml"];
                model Outlet extends Shop {
                	concept Bin {
                	}
                }
                """, "http://test/Outlet.fml"),
        ]);
        Assert.DoesNotContain(compilation.GetAllDiagnostics().SelectMany(p => p.Value), d => d.IsError);
        var outlet = compilation.Model("Outlet");
        var shop = compilation.Model("Shop");
        var vmi = VirtualModelInstance.Create(outlet, "o", "http://rc");
        var book = vmi.CreateInstance(shop.Concept("Book"));
        vmi.CreateInstance(outlet.Concept("Bin"));
        vmi.Set("owner", "Bob");
        Assert.Equal("Bob", vmi.Get(shop.Property("owner")));
        Assert.Equal([book], vmi.InstancesOf(shop.Concept("Item")));
        var plain = VirtualModelInstance.Create(shop, "s", "http://rc");
        Assert.Throws<FmlRuntimeException>(() => plain.CreateInstance(outlet.Concept("Bin")));
    }

    [Fact]
    public void Observing_a_model_instance_itself_sees_only_its_own_properties()
    {
        var own = new Recorder();
        var all = new Recorder();
        using var ownSubscription = _vmi.Observe(own);
        using var allSubscription = _vmi.ObserveAll(all);
        var book = NewBook();
        book.Set("label", "x");
        _vmi.Set("visits", 3);
        Assert.Equal(["PropertyChanged Shop.visits: null -> 3"], own.Lines);
        Assert.Equal(["Created Book", "PropertyChanged Book.label: null -> x", "PropertyChanged Shop.visits: null -> 3"], all.Lines);
    }

    [Fact]
    public void Instances_of_contained_model_instances_are_found_by_uri_from_the_top()
    {
        var branch = _vmi.CreateContainedModelInstance(_compilation.Model("http://test/Shop.fml/Branch.fml"), "North");
        var desk = branch.CreateInstance(_compilation.Model("http://test/Shop.fml/Branch.fml").Concept("Desk"));
        Assert.Equal("http://rc/Main.fml.rt/North.fml.rt#SYL_1", desk.Uri);
        Assert.Same(desk, _vmi.FindInstance(desk.Uri));
        Assert.Null(_vmi.FindInstance("http://rc/Main.fml.rt/North.fml.rt#SYL_2"));
        var shelf = NewShelf();
        shelf.Set("featured", NewBook());
        Assert.Throws<FmlRuntimeException>(() => branch.CreateInstance(C("Book")));
    }

    [Fact]
    public void Properties_lists_declared_and_inherited_properties()
    {
        Assert.Equal(["pages", "label"], NewBook().Properties.Select(p => p.Name));
        Assert.Same(C("Item").Property("label"), NewBook().FindProperty("label"));
        Assert.Null(NewBook().FindProperty("items"));
        Assert.Equal(["owner", "visits"], _vmi.Properties.Select(p => p.Name));
    }

    private sealed class Probe(Action<InstanceChange> action) : IInstanceObserver
    {
        public void OnChange(InstanceChange change) => action(change);
    }
}
