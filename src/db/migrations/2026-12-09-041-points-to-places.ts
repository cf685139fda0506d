// Until now a Vorhaben had at most one point (location_lat/location_lng). Each becomes the Vorhaben's
// first place, labelled with its address, and the columns are emptied so the point is not shown twice.
// The address stays where it was.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    insert into project_places (project_id, position, label, geometry, min_lng, min_lat, max_lng, max_lat)
    select id, 0, location_address,
           jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(location_lng, location_lat)),
           location_lng, location_lat, location_lng, location_lat
    from projects
    where location_lat is not null and location_lng is not null`.execute(db);
  await sql`update projects set location_lat = null, location_lng = null where location_lat is not null or location_lng is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    update projects p set location_lat = (pl.geometry->'coordinates'->>1)::float8, location_lng = (pl.geometry->'coordinates'->>0)::float8
    from project_places pl
    where pl.project_id = p.id and pl.position = 0 and pl.geometry->>'type' = 'Point'`.execute(db);
  await sql`delete from project_places`.execute(db);
}
