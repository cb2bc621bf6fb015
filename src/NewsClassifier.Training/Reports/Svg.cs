using System.Globalization;
using System.Net;
using System.Text;

namespace NewsClassifier.Training.Reports;

/// <summary>
/// A small SVG writer: elements with escaped attributes and text, numbers in invariant culture. Charts are
/// built from it so that no chart concatenates markup by hand. (No maintained .NET SVG chart library
/// restores here without a browser or native dependency; this is the part of one the report needs.)
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder _body = new();

    public Svg(double width, double height, string title)
    {
        Width = width;
        Height = height;
        Title = title;
    }

    public double Width { get; }

    public double Height { get; }

    public string Title { get; }

    public Svg Rect(double x, double y, double width, double height, string fill, string? cssClass = null, string? tooltip = null) =>
        Element("rect", [("x", N(x)), ("y", N(y)), ("width", N(Math.Max(0, width))), ("height", N(Math.Max(0, height))), ("fill", fill), ("class", cssClass)], tooltip);

    public Svg Circle(double cx, double cy, double r, string fill, string? cssClass = null, string? tooltip = null) =>
        Element("circle", [("cx", N(cx)), ("cy", N(cy)), ("r", N(r)), ("fill", fill), ("class", cssClass)], tooltip);

    public Svg Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false) =>
        Element("line", [("x1", N(x1)), ("y1", N(y1)), ("x2", N(x2)), ("y2", N(y2)), ("stroke", stroke), ("stroke-width", N(width)), ("stroke-dasharray", dashed ? "4 3" : null)], null);

    public Svg Polyline(IEnumerable<(double X, double Y)> points, string stroke, string? cssClass = null) =>
        Element("polyline", [("points", string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))), ("fill", "none"), ("stroke", stroke), ("stroke-width", "2"), ("class", cssClass)], null);

    public Svg Text(double x, double y, string text, string anchor = "start", double size = 11, string fill = "#222", double rotate = 0)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" fill=\"{fill}\" text-anchor=\"{anchor}\"");
        if (rotate != 0)
        {
            _body.Append(CultureInfo.InvariantCulture, $" transform=\"rotate({N(rotate)} {N(x)} {N(y)})\"");
        }

        _body.Append('>').Append(WebUtility.HtmlEncode(text)).Append("</text>");
        return this;
    }

    public override string ToString() =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"{N(Width)}\" height=\"{N(Height)}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Title)}\"><title>{WebUtility.HtmlEncode(Title)}</title>{_body}</svg>";

    private Svg Element(string name, (string Name, string? Value)[] attributes, string? tooltip)
    {
        _body.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                _body.Append(' ').Append(attribute).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            }
        }

        if (tooltip is null)
        {
            _body.Append("/>");
        }
        else
        {
            _body.Append("><title>").Append(WebUtility.HtmlEncode(tooltip)).Append("</title></").Append(name).Append('>');
        }

        return this;
    }

    private static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
