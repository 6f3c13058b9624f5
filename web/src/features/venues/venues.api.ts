import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
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
} from '../../api/types';

export const venuesKey = ['venues'] as const;
export const floorKey = (storeId: string | null) => [...venuesKey, 'floor', storeId] as const;
export const memberSessionsKey = (customerId: string) => [...venuesKey, 'member-sessions', customerId] as const;

export const getFloor = (storeId: string) => api.get<Floor>(`/stores/${storeId}/floor`);
export const getLayout = (storeId: string) => api.get<{ zones: Zone[]; seats: Seat[] }>('/venues/layout', { storeId });
export const createZone = (body: CreateZoneRequest) => api.post<Zone>('/zones', body);
export const updateZone = (id: string, body: UpdateZoneRequest) => api.patch<Zone>(`/zones/${id}`, body);
export const deleteZone = (id: string) => api.delete(`/zones/${id}`);
export const listRates = (zoneId: string) => api.get<ZoneRate[]>(`/zones/${zoneId}/rates`);
export const createRate = (zoneId: string, body: CreateRateRequest) => api.post<ZoneRate>(`/zones/${zoneId}/rates`, body);
export const deleteRate = (zoneId: string, rateId: string) => api.delete(`/zones/${zoneId}/rates/${rateId}`);
export const createSeats = (body: CreateSeatsRequest) => api.post<Seat[]>('/seats', body);
export const updateSeat = (id: string, body: UpdateSeatRequest) => api.patch<Seat>(`/seats/${id}`, body);
export const issueSeatToken = (id: string) => api.post<SeatToken>(`/seats/${id}/client-token`);
export const getVenueSettings = () => api.get<VenueSettings>('/venue-settings');
export const updateVenueSettings = (body: UpdateVenueSettingsRequest) => api.patch<VenueSettings>('/venue-settings', body);
export const checkIn = (body: CheckInRequest) => api.post<SeatSession>('/sessions', body);
export const endSession = (id: string) => api.post<SeatSession>(`/sessions/${id}/end`);
export const changeSeat = (id: string, body: ChangeSeatRequest) => api.post<SeatSession>(`/sessions/${id}/change-seat`, body);
export const overrideSession = (id: string, body: OverrideRequest) => api.post<SeatSession>(`/sessions/${id}/override`, body);
export const memberSessions = (customerId: string) => api.get<{ items: SeatSession[] }>(`/members/${customerId}/sessions`);
export const createReservation = (body: CreateReservationRequest) => api.post<Reservation>('/reservations', body);
export const cancelReservation = (id: string) => api.post<Reservation>(`/reservations/${id}/cancel`);

/** The store's floor; kept fresh by the live channel (and a slow poll as a fallback). */
export function useFloor(storeId: string | null) {
  return useQuery({ queryKey: floorKey(storeId), queryFn: () => getFloor(storeId!), enabled: Boolean(storeId), refetchInterval: 60_000 });
}

export function useLayout(storeId: string | null) {
  return useQuery({ queryKey: [...venuesKey, 'layout', storeId], queryFn: () => getLayout(storeId!), enabled: Boolean(storeId) });
}

export function useRates(zoneId: string) {
  return useQuery({ queryKey: [...venuesKey, 'rates', zoneId], queryFn: () => listRates(zoneId) });
}

export function useVenueSettings() {
  return useQuery({ queryKey: [...venuesKey, 'settings'], queryFn: getVenueSettings });
}

export function useMemberSessions(customerId: string) {
  return useQuery({ queryKey: memberSessionsKey(customerId), queryFn: () => memberSessions(customerId) });
}
