import * as migration_20261121_073036_initial from './20261121_073036_initial';

export const migrations = [
  {
    up: migration_20261121_073036_initial.up,
    down: migration_20261121_073036_initial.down,
    name: '20261121_073036_initial'
  },
];
