//! A small anti-aliased polygon rasteriser for the map: polygons in pixel coordinates are
//! filled (even-odd, 4×4 samples per pixel) and blended over an RGBA picture. Drawing the
//! map this way, into an image the UI shows, costs a megabyte or two where a second camera
//! and a mesh pipeline cost tens (under a software renderer), and it can be tested without
//! a GPU.

/// Samples per pixel along each axis.
const SAMPLES: usize = 4;

pub struct Picture {
    pub width: usize,
    pub height: usize,
    /// RGBA bytes, sRGB-encoded, row by row from the top (what the image holds).
    pixels: Vec<u8>,
    /// Per-pixel sample counts for the polygon being drawn.
    coverage: Vec<u16>,
}

impl Picture {
    pub fn new(width: usize, height: usize, background: [f32; 4]) -> Picture {
        Picture {
            width,
            height,
            pixels: background.map(to_byte).repeat(width * height),
            coverage: vec![0; width * height],
        }
    }

    /// Fills `points` (x right, y down, in pixels) with `colour` (its alpha scales the cover).
    pub fn fill(&mut self, points: &[(f32, f32)], colour: [f32; 4]) {
        if points.len() < 3 {
            return;
        }
        let (mut top, mut bottom) = (f32::MAX, f32::MIN);
        for &(_, y) in points {
            top = top.min(y);
            bottom = bottom.max(y);
        }
        let first_row = (top.floor().max(0.0) as usize).min(self.height);
        let last_row = (bottom.ceil().max(0.0) as usize).min(self.height);
        let mut crossings: Vec<f32> = Vec::new();
        for row in first_row..last_row {
            for sub in 0..SAMPLES {
                let y = row as f32 + (sub as f32 + 0.5) / SAMPLES as f32;
                crossings.clear();
                for i in 0..points.len() {
                    let (a, b) = (points[i], points[(i + 1) % points.len()]);
                    if (a.1 <= y) != (b.1 <= y) {
                        crossings.push(a.0 + (y - a.1) / (b.1 - a.1) * (b.0 - a.0));
                    }
                }
                crossings.sort_by(f32::total_cmp);
                for span in crossings.chunks_exact(2) {
                    self.cover(row, span[0], span[1]);
                }
            }
        }
        let alpha = colour[3];
        for row in first_row..last_row {
            for x in 0..self.width {
                let i = row * self.width + x;
                let samples = std::mem::take(&mut self.coverage[i]);
                if samples == 0 {
                    continue;
                }
                let a = alpha * samples as f32 / (SAMPLES * SAMPLES) as f32;
                let p = &mut self.pixels[4 * i..4 * i + 4];
                for c in 0..3 {
                    p[c] = to_byte(p[c] as f32 / 255.0 * (1.0 - a) + colour[c] * a);
                }
                p[3] = to_byte(p[3] as f32 / 255.0 + a * (1.0 - p[3] as f32 / 255.0));
            }
        }
    }

    /// Counts the horizontal samples of one sub-row between `from` and `to`.
    fn cover(&mut self, row: usize, from: f32, to: f32) {
        let step = 1.0 / SAMPLES as f32;
        let start = ((from / step - 0.5).ceil().max(0.0)) as usize;
        let end = ((to / step - 0.5).floor() + 1.0).max(0.0) as usize;
        let end = end.min(self.width * SAMPLES);
        for s in start..end {
            self.coverage[row * self.width + s / SAMPLES] += 1;
        }
    }

    /// A thick polyline, as one quad per segment.
    pub fn line(&mut self, points: &[(f32, f32)], width: f32, colour: [f32; 4]) {
        for pair in points.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let length = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
            let (nx, ny) = (-dy / length * width / 2.0, dx / length * width / 2.0);
            self.fill(
                &[
                    (a.0 + nx, a.1 + ny),
                    (a.0 - nx, a.1 - ny),
                    (b.0 - nx, b.1 - ny),
                    (b.0 + nx, b.1 + ny),
                ],
                colour,
            );
        }
    }

    pub fn pixel(&self, x: usize, y: usize) -> [f32; 4] {
        let i = 4 * (y * self.width + x);
        [0, 1, 2, 3].map(|c| self.pixels[i + c] as f32 / 255.0)
    }

    /// RGBA bytes, for an `Rgba8UnormSrgb` image.
    pub fn into_bytes(self) -> Vec<u8> {
        self.pixels
    }
}

fn to_byte(c: f32) -> u8 {
    (c.clamp(0.0, 1.0) * 255.0).round() as u8
}
