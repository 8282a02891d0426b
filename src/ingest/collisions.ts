/** An item whose slug was already taken by another item with a different name. */
export interface Collision<T> {
  item: T;
  name: string;
  otherName: string;
  slug: string;
}

/** Finds items whose slugs collide while their names differ; the first item keeps the slug. */
export function findCollisions<T>(items: readonly T[], slugOf: (item: T) => string, nameOf: (item: T) => string): Array<Collision<T>> {
  const owner = new Map<string, string>();
  const collisions: Array<Collision<T>> = [];
  for (const item of items) {
    const slug = slugOf(item);
    const name = nameOf(item);
    const taken = owner.get(slug);
    if (taken === undefined) owner.set(slug, name);
    else if (taken !== name) collisions.push({ item, name, otherName: taken, slug });
  }
  return collisions;
}
