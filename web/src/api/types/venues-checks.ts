import type { Static, TSchema } from 'typebox';
import type * as VenueContracts from '../../../../src/modules/venues/venues.contracts';
import type { Same } from './common';
import type {
  ChangeSeatRequest,
  CheckInRequest,
  CreateRateRequest,
  CreateReservationRequest,
  CreateSeatsRequest,
  CreateZoneRequest,
  Floor,
  OverrideRequest,
  Reservation,
  Seat,
  SeatSession,
  SeatToken,
  UpdateSeatRequest,
  UpdateVenueSettingsRequest,
  UpdateZoneRequest,
  VenueSettings,
  Zone,
  ZoneRate,
} from './venues';

// ---- drift checks of ./venues.ts against the server's TypeBox contracts ----

type Narrows<Mine, Theirs> = [Mine] extends [Theirs] ? (Same<keyof Mine, keyof Theirs> extends true ? true : false) : false;
type Server<T extends TSchema> = Static<T>;

const venueChecks: {
  zone: Narrows<Zone, Server<typeof VenueContracts.Zone>>;
  createZone: Narrows<CreateZoneRequest, Server<typeof VenueContracts.CreateZoneBody>>;
  updateZone: Narrows<UpdateZoneRequest, Server<typeof VenueContracts.PatchZoneBody>>;
  seat: Narrows<Seat, Server<typeof VenueContracts.Seat>>;
  createSeats: Narrows<CreateSeatsRequest, Server<typeof VenueContracts.CreateSeatsBody>>;
  updateSeat: Narrows<UpdateSeatRequest, Server<typeof VenueContracts.PatchSeatBody>>;
  seatToken: Narrows<SeatToken, Server<typeof VenueContracts.SeatToken>>;
  rate: Narrows<ZoneRate, Server<typeof VenueContracts.ZoneRate>>;
  createRate: Narrows<CreateRateRequest, Server<typeof VenueContracts.CreateRateBody>>;
  settings: Narrows<VenueSettings, Server<typeof VenueContracts.VenueSettings>>;
  updateSettings: Narrows<UpdateVenueSettingsRequest, Server<typeof VenueContracts.PatchVenueSettingsBody>>;
  session: Narrows<SeatSession, Server<typeof VenueContracts.SeatSession>>;
  checkIn: Narrows<CheckInRequest, Server<typeof VenueContracts.CheckInBody>>;
  changeSeat: Narrows<ChangeSeatRequest, Server<typeof VenueContracts.ChangeSeatBody>>;
  override: Narrows<OverrideRequest, Server<typeof VenueContracts.OverrideBody>>;
  reservation: Narrows<Reservation, Server<typeof VenueContracts.Reservation>>;
  createReservation: Narrows<CreateReservationRequest, Server<typeof VenueContracts.CreateReservationBody>>;
  floor: Narrows<Floor, Server<typeof VenueContracts.Floor>>;
} = {
  zone: true,
  createZone: true,
  updateZone: true,
  seat: true,
  createSeats: true,
  updateSeat: true,
  seatToken: true,
  rate: true,
  createRate: true,
  settings: true,
  updateSettings: true,
  session: true,
  checkIn: true,
  changeSeat: true,
  override: true,
  reservation: true,
  createReservation: true,
  floor: true,
};
void venueChecks;
