#:package SixLabors.ImageSharp
// Draws ClinicKit's demo images (clinic logos, heroes, article images) so every shipped picture is the project's own:
// plain geometry in each clinic's brand colour, no photos, nothing downloaded. Run from the repository root:
//   dotnet run tests/demo-images/make-demo-images.cs
// It writes src/ClinicKit.Web/wwwroot/media/<folder>/<file>.png, the paths the uSync Media items' umbracoFile names.
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

var media = Path.Combine("src", "ClinicKit.Web", "wwwroot", "media");
(string Folder, string File, string Kind, string Colour, int Seed)[] images =
[
    ("ck1rglgo", "riverglass-logo.png", "logo-ring", "#1F4E79", 1),
    ("ck1rghro", "riverglass-hero.png", "hero", "#1F4E79", 2),
    ("ck1lklgo", "larkspur-logo.png", "logo-diamond", "#7A1F3D", 3),
    ("ck1lkhro", "larkspur-hero.png", "hero", "#7A1F3D", 4),
    ("ck1bblgo", "bluebonnet-logo.png", "logo-plus", "#2F5D3A", 5),
    ("ck1bbhro", "bluebonnet-hero.png", "hero", "#2F5D3A", 6),
    ("ck1artgl", "glutamate-and-neuroplasticity.png", "article", "#3B6E8F", 7),
    ("ck1artkw", "how-ketamine-works.png", "article", "#5A4E8C", 8),
    ("ck1artdf", "ketamine-and-antidepressants.png", "article", "#2E7D6B", 9),
    ("ck1art3t", "three-things-to-know.png", "article", "#8C5A2E", 10),
    ("ck1artwh", "where-ketamine-fits.png", "article", "#6B3E75", 11),
];

foreach (var (folder, file, kind, colour, seed) in images)
{
    var brand = Color.ParseHex(colour).ToPixel<Rgba32>();
    using var image = kind switch
    {
        "hero" => Landscape(1600, 800, brand, seed),
        "article" => Landscape(1200, 630, brand, seed),
        _ => Logo(256, brand, kind),
    };
    Directory.CreateDirectory(Path.Combine(media, folder));
    var encoder = new PngEncoder
    {
        ColorType = PngColorType.Palette,
        CompressionLevel = PngCompressionLevel.BestCompression,
        Quantizer = new WuQuantizer(new QuantizerOptions { Dither = null, MaxColors = 256 }),
    };
    image.SaveAsPng(Path.Combine(media, folder, file), encoder);
    Console.WriteLine($"{folder}/{file} {image.Width}x{image.Height}");
}

// Rolling hills under a sky that fades from the brand colour to a light tint, with a sun whose place depends on the seed.
static Image<Rgba32> Landscape(int width, int height, Rgba32 brand, int seed)
{
    var image = new Image<Rgba32>(width, height);
    var light = Mix(brand, new Rgba32(255, 255, 255), 0.85f);
    var sunX = width * (0.2f + 0.6f * (seed * 37 % 100) / 100f);
    var sunY = height * 0.32f;
    var sunR = height * 0.12f;
    for (var y = 0; y < height; y++)
    {
        for (var x = 0; x < width; x++)
        {
            var pixel = Mix(light, Mix(brand, new Rgba32(255, 255, 255), 0.45f), (float)y / height);
            var d = MathF.Sqrt((x - sunX) * (x - sunX) + (y - sunY) * (y - sunY));
            if (d < sunR) pixel = Mix(pixel, new Rgba32(255, 244, 214), Math.Clamp(sunR - d, 0, 1));
            for (var hill = 0; hill < 3; hill++)
            {
                var top = height * (0.58f + 0.12f * hill) + height * 0.06f * MathF.Sin(x / (float)width * MathF.PI * (1.5f + hill) + seed + hill);
                if (y > top) pixel = Mix(pixel, Mix(brand, new Rgba32(0, 0, 0), 0.15f * hill), Math.Clamp(y - top, 0, 1) * (0.55f + 0.2f * hill));
            }
            image[x, y] = pixel;
        }
    }
    return image;
}

// A brand-coloured disc with a white mark: a ring, a diamond or a plus; edges smoothed by measuring coverage.
static Image<Rgba32> Logo(int size, Rgba32 brand, string kind)
{
    var image = new Image<Rgba32>(size, size);
    var c = size / 2f;
    for (var y = 0; y < size; y++)
    {
        for (var x = 0; x < size; x++)
        {
            float dx = x + 0.5f - c, dy = y + 0.5f - c, r = MathF.Sqrt(dx * dx + dy * dy);
            var disc = Math.Clamp(c - 2 - r, 0, 1);
            var mark = kind switch
            {
                "logo-ring" => Math.Clamp(size * 0.09f - MathF.Abs(r - size * 0.24f), 0, 1),
                "logo-diamond" => Math.Clamp(size * 0.26f - (MathF.Abs(dx) + MathF.Abs(dy)), 0, 1),
                _ => Math.Max(Math.Clamp(size * 0.07f - MathF.Abs(dx), 0, 1) * Math.Clamp(size * 0.25f - MathF.Abs(dy), 0, 1),
                              Math.Clamp(size * 0.07f - MathF.Abs(dy), 0, 1) * Math.Clamp(size * 0.25f - MathF.Abs(dx), 0, 1)),
            };
            var pixel = Mix(brand, new Rgba32(255, 255, 255), mark);
            pixel.A = (byte)(255 * disc);
            image[x, y] = pixel;
        }
    }
    return image;
}

static Rgba32 Mix(Rgba32 a, Rgba32 b, float t) => new(
    (byte)(a.R + (b.R - a.R) * t), (byte)(a.G + (b.G - a.G) * t), (byte)(a.B + (b.B - a.B) * t), (byte)(a.A + (b.A - a.A) * t));
