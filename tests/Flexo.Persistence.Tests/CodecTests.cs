using Flexo.Fml.Semantics;

namespace Flexo.Persistence.Tests;

public sealed class CodecTests
{
    [Theory]
    [InlineData("dd/MM/yy HH:mm", "18/02/21 10:47", "2021-02-18T10:47:00.000")]
    [InlineData("dd/MM/yy HH:mm", "18/02/87 10:47", "1987-02-18T10:47:00.000")]
    [InlineData("yyyy-MM-dd HH:mm:ss.SSS Z", "2021-02-18 10:47:03.123 +0100", "2021-02-18T09:47:03.123")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ssXXX", "2021-02-18T10:47:03-02:30", "2021-02-18T13:17:03.000")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ssX", "2021-02-18T10:47:03Z", "2021-02-18T10:47:03.000")]
    [InlineData("EEE MMM dd HH:mm:ss zzz yyyy", "Thu Feb 18 10:47:00 GMT+01:00 2021", "2021-02-18T09:47:00.000")]
    [InlineData("d MMMM yyyy h:mm a", "5 March 2020 12:05 AM", "2020-03-05T00:05:00.000")]
    [InlineData("d MMMM yyyy h:mm a", "5 march 2020 1:05 pm", "2020-03-05T13:05:00.000")]
    [InlineData("yyyyMMddHHmmss", "20210218104703", "2021-02-18T10:47:03.000")]
    [InlineData("'at' HH 'o''clock' dd.MM.yyyy", "at 07 o'clock 01.12.1999", "1999-12-01T07:00:00.000")]
    [InlineData("HH:mm", "23:59", "1970-01-01T23:59:00.000")]
    public void Openflexo_date_patterns_are_read(string pattern, string text, string expected)
    {
        Assert.True(JavaDatePattern.TryParse(pattern, text, out var value, out var reason), reason);
        Assert.Equal(expected, value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Theory]
    [InlineData("dd/MM/yy", "30/02/21")]
    [InlineData("dd/MM/yy", "18/02/21 10:47")]
    [InlineData("dd/MM/yy", "18-02-21")]
    [InlineData("HH:mm", "24:00")]
    [InlineData("D", "12")]
    [InlineData("qq", "12")]
    [InlineData("'open", "x")]
    [InlineData("", "")]
    [InlineData("yyyy Z", "2021 CET")]
    public void Dates_that_do_not_match_their_pattern_are_refused(string pattern, string text)
    {
        Assert.False(JavaDatePattern.TryParse(pattern, text, out _, out var reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void A_pattern_with_a_comma_is_split_at_the_comma_that_parses()
    {
        Assert.True(JavaDatePattern.TryDecode("EEE, d MMM yyyy,Thu, 18 Feb 2021", out var value, out var reason), reason);
        Assert.Equal(new DateTime(2021, 2, 18, 0, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(
            "yyyy-MM-dd HH:mm:ss.SSS Z,0099-12-31 23:59:59.999 +0000",
            JavaDatePattern.Format(new DateTime(99, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(0L, "PT0S")]
    [InlineData(5_000_000L, "PT0.5S")]
    [InlineData(-5_000_000L, "PT-0.5S")]
    [InlineData(36_000_000_000L, "PT1H")]
    [InlineData(918_000_000_001L, "PT25H30M0.0000001S")]
    [InlineData(-918_000_000_000L, "PT-25H-30M")]
    public void Durations_are_written_as_java_prints_them(long ticks, string text)
    {
        Assert.Equal(text, IsoDuration.Format(TimeSpan.FromTicks(ticks)));
        Assert.True(IsoDuration.TryParse(text, out var back, out _));
        Assert.Equal(ticks, back.Ticks);
    }

    [Theory]
    [InlineData("P2DT3H", 2 * 24 + 3)]
    [InlineData("-PT1H", -1)]
    [InlineData("pt1h", 1)]
    [InlineData("PT+1H", 1)]
    public void Durations_in_other_iso_forms_are_read(string text, int hours)
    {
        Assert.True(IsoDuration.TryParse(text, out var value, out var reason), reason);
        Assert.Equal(TimeSpan.FromHours(hours), value);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("1H")]
    [InlineData("PT0.123456789S")]
    [InlineData("PT99999999999999999999999999999H")]
    [InlineData("PT9999999999999H")]
    public void Invalid_durations_are_refused(string text) => Assert.False(IsoDuration.TryParse(text, out _, out _));

    [Theory]
    [InlineData("[]", 0)]
    [InlineData(" [ \"a\" , null ,\"\\\\\\\"\" ] ", 3)]
    public void Quoted_lists_are_read(string text, int count)
    {
        Assert.True(ListText.TryParse(text, quoted: true, out var elements, out _));
        Assert.Equal(count, elements.Count);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[\"a\"")]
    [InlineData("[\"a\",]")]
    [InlineData("[\"a\\x\"]")]
    [InlineData("[a]")]
    [InlineData("[\"a\"] x")]
    public void Malformed_lists_are_refused(string text) => Assert.False(ListText.TryParse(text, quoted: true, out _, out _));

    [Theory]
    [InlineData("1.5f", 1.5)]
    [InlineData(" 2E3 ", 2000.0)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("1.", 1.0)]
    public void Java_floating_texts_are_read(string text, double expected)
    {
        Assert.True(ValueCodec.TryDecode(text, PrimitiveType.Double, out var value, out var reason), reason);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0x1p3")]
    [InlineData("1,5")]
    [InlineData("f")]
    public void Other_floating_texts_are_refused(string text) => Assert.False(ValueCodec.TryDecode(text, PrimitiveType.Double, out _, out _));
}
