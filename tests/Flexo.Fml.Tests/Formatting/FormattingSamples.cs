namespace Flexo.Fml.Tests.Formatting;

/// <summary>Inline FML samples that together use every construct of the grammar, written in various layouts.</summary>
internal static class FormattingSamples
{
    public const string Library = """
        // Library sample
        namespace "http://example.org/rc/" as RC;
        use org.openflexo.foundation.fml.rt.FMLRTVirtualModelInstanceModelSlot as FMLRT;
        use org.openflexo.technologyadapter.diagram.TypedDiagramModelSlot as DIAGRAM;
        import java.util.Date;
        import java.util.Map as JMap;
        import [RC + "Library.fml"] as Lib;
        import ["http://example.org/rc/Shapes.diagram" : "RED"] as RED_SHAPE;
        typedef OWLIndividualType(owlClass=CAT) as Cat;

        @URI("http://example.org/rc/Lending.fml")
        @Version("0.1")
        @Author("someone")
        public model Lending extends Lib.Base, Other inside Container {
          enum Genre { NOVEL, ESSAY }
          public abstract concept Item {
            String title;
            abstract String describe();
          }
          concept Book extends Item {
            Genre genre with ConceptInstance();
            String[0,*] authors;
            int[2,8] ratings;
            Date published;
            concept Chapter { int number; }
            String describe() { return title + " (" + genre.conceptType.name + ")"; }
            assert title != null;
          }
          event Borrowed { Book book; create(Book b) { book = parameters.b; } }
          MyVM vm with ModelInstance(isRequired=true, isReadOnly=false);
          Shape shape with DIAGRAM::ShapeRole(metamodelElement=RED_SHAPE, label=title, exampleLabel="x");
          int count = 0;
          Diagram diag with TypedDiagram(diagramSpecification=X, paletteElementBindings={ PaletteElementBinding:(paletteElementId="a", call=new Book::init("x", 1)), DIAGRAM::PaletteElementBinding:(paletteElementId="b") });
          int total values count * 2;
          private String stored;
          String upper {
            String get() { return stored.toUpperCase(); }
            set(String v) { stored = v; }
          };
          List<Book> books = select Book from this;
          JMap<String, List<Book>> index;
          Concept<? extends Item> kind;

          @UI(
            @Label("Create")
            @TextField(value="aName", label="Name")
          )
          create::init(required String aName, int n = 7) {
            count = parameters.n;
            log "created " + parameters.aName;
          }
          create() { super(); }
          delete() { }
          delete::remove(boolean all);
          listen Borrowed from this.container { log evt.book.title; }
          drop(Book b) with DropScheme(targetType=Book) { }
          link() with DIAGRAM::LinkScheme(fromType=Book, toType=Item);
          public void step() {
            int i = 0;
            for (int j = 0; j < 10; j++, k--) { i += j; }
            for (;;) { break_(); }
            while (i > 0) i--;
            do { i++; } while (i < 5);
            if (i == 5) log "five"; else if (i > 5) { log "more"; } else log "less";
            for (Book b : select Book from this where (selected.title != null, selected.genre == g)) {
              notify "count" in b;
            }
            Book nb = new Book::init("t", 1);
            Lending other = new Lending() with (name="other", uri=RC + "other");
            Item it = this.new Book();
            Object o = new java.util.ArrayList<String>();
            List<String> l = new ArrayList<>();
            MatchingSet ms = begin match Book from this where (selected.genre == Genre.NOVEL);
            Book m = match Book in ms from this where (title=t, genre=g) create::init(t, 2);
            Book m2 = match Book from this where (title=t) unmatched: new Book::init(t, 3);
            end match Book in ms delete::remove(true);
            end match Book in ms action::archive();
            end match Book in ms unmatched: delete evt;
            Diagram d = DIAGRAM::CreateDiagram(resourceName="d", relativePath="Diagrams") in this from that;
            FMLRT::NewInstance(conceptType=t, container=c, args=l);
            fire new Borrowed(nb);
            delete nb;
            delete x from y;
            connect vm using parameters.resource;
            x = (int) 3.5 + (Book) it.self - -i + !flag + ~bits;
            y = c ? a : b;
            z = a instanceof Book && !(b instanceof Item[]);
            w = a << 2 | b >> 1 & c >>> 3 ^ d;
            v = i++ + ++i - i-- - --i;
            s = 'a' + "\t\"q\"" + 0x1F + 017 + 10L + 1.5e-3f + .5 + true + null;
            t = super.describe() + super_Item.describe() + Class.forName("X");
            u = (select unique Book from this) != null;
            i -= 1; i *= 2; i /= 3; i %= 4; i &= 5; i |= 6; i ^= 7; i <<= 1; i >>= 1; i >>>= 1;
            return;
          }
          public abstract void later();
          assert count >= 0 onfailure: count = 0;
          assert (Book b : books) { assert b.title != null; }
        }
        """;

    public const string Compact = "model M{int a;void f(){if(a>0)g();else{h();}while(a<3)a++;return;}concept C extends D{int x;}}";

    public const string Commented = """
        /*
         * File header.
         */

        // Imports
        import java.util.List; // lists

        /** The model. */
        model M { // body
          // a property
          int a = 1 + /* inline */ 2; // trailing

          /* before f */
          void f(int x, // first
                 int y) {
            // inside
            if (x > 0) // positive
              g(x);
            else
              // negative
              h(y);

            // loop
            while (x < y) { x++; } // after loop
            log ( "x" ) ; // log
            ; // empty
            // last
          }
          concept C {
            // nothing
          } // end C
          // end of model
        }
        // end of file
        """;

    public const string OddLayout = """
        model
        M
        {
        void
        f
        (
        )
        {
        x
        =
        a
        +
        b
        ;
        }
        String  [  0 , *  ]  list  ;
        }
        """;

    public static IEnumerable<string> All => [Library, Compact, Commented, OddLayout];
}
