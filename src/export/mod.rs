//! Timeline image export: SVG from the layout model, PNG rasterised with resvg. (Being written.)
