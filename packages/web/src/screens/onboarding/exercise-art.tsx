// An exercise's line drawing from /exercises/<id>.svg, drawn through a CSS mask so it takes the text
// colour of the theme (an <img> would keep the SVG's own currentColor: black). Decorative: the name is
// always written beside it.
export function ExerciseArt({ illustration }: { illustration: string }) {
  const url = `url("/exercises/${encodeURIComponent(illustration)}")`;
  return (
    <span className="exercise-art" aria-hidden="true" style={{ maskImage: url, WebkitMaskImage: url }} />
  );
}
