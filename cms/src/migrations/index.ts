import * as migration_20261121_073036_initial from './20261121_073036_initial';
import * as migration_20261121_081514_editorial_workflow from './20261121_081514_editorial_workflow';
import * as migration_20261121_085205_site_build_status from './20261121_085205_site_build_status';
import * as migration_20261122_005241_content_version from './20261122_005241_content_version';
import * as migration_20261122_024307_pairs_and_polling_stations from './20261122_024307_pairs_and_polling_stations';
import * as migration_20261122_031212_reports from './20261122_031212_reports';
import * as migration_20261122_044500_review_flow from './20261122_044500_review_flow';
import * as migration_20261122_060519_content_version_groups from './20261122_060519_content_version_groups';
import * as migration_20261122_070242_notifications from './20261122_070242_notifications';
import * as migration_20261122_085818_settings_review_and_saved_filters from './20261122_085818_settings_review_and_saved_filters';

export const migrations = [
  {
    up: migration_20261121_073036_initial.up,
    down: migration_20261121_073036_initial.down,
    name: '20261121_073036_initial',
  },
  {
    up: migration_20261121_081514_editorial_workflow.up,
    down: migration_20261121_081514_editorial_workflow.down,
    name: '20261121_081514_editorial_workflow',
  },
  {
    up: migration_20261121_085205_site_build_status.up,
    down: migration_20261121_085205_site_build_status.down,
    name: '20261121_085205_site_build_status',
  },
  {
    up: migration_20261122_005241_content_version.up,
    down: migration_20261122_005241_content_version.down,
    name: '20261122_005241_content_version',
  },
  {
    up: migration_20261122_024307_pairs_and_polling_stations.up,
    down: migration_20261122_024307_pairs_and_polling_stations.down,
    name: '20261122_024307_pairs_and_polling_stations',
  },
  {
    up: migration_20261122_031212_reports.up,
    down: migration_20261122_031212_reports.down,
    name: '20261122_031212_reports',
  },
  {
    up: migration_20261122_044500_review_flow.up,
    down: migration_20261122_044500_review_flow.down,
    name: '20261122_044500_review_flow',
  },
  {
    up: migration_20261122_060519_content_version_groups.up,
    down: migration_20261122_060519_content_version_groups.down,
    name: '20261122_060519_content_version_groups',
  },
  {
    up: migration_20261122_070242_notifications.up,
    down: migration_20261122_070242_notifications.down,
    name: '20261122_070242_notifications',
  },
  {
    up: migration_20261122_085818_settings_review_and_saved_filters.up,
    down: migration_20261122_085818_settings_review_and_saved_filters.down,
    name: '20261122_085818_settings_review_and_saved_filters'
  },
];
