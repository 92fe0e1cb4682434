/** Where the Databank filter's files live; their names carry a hash of their content, so a browser may cache them for good. */
export const FILTER_DIR = '/databank/filter/';
