/** The source texts the seed data was taken from, each once (the texts are in the repository's shared seeds). */
export const SOURCES = {
  OPLEIDEN_2025_EXPERIMENTS: {
    title: "Experimenten interprofessioneel opleiden (Opleiden 2025)",
    publisher: "Federatie Medisch Specialisten",
    file: "experimenten-interprofessioneel-opleiden.txt",
  },
  DUO_PROJECT: {
    title: "Het DUO-project",
    publisher: "Federatie Medisch Specialisten",
    file: "duo-project.txt",
  },
} as const satisfies Record<string, { title: string; publisher: string; file: string }>;

export type SourceKey = keyof typeof SOURCES;

export const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];
