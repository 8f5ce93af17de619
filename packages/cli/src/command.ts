// The shape every command module has: it takes its own arguments and returns an exit code.
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}
