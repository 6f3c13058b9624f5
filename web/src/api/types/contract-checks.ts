import type { Static, TSchema } from 'typebox';
import type * as AuthContracts from '../../../../src/platform/auth/auth.contracts';
import type * as OrgContracts from '../../../../src/modules/organisation/organisation.contracts';
import type * as CustomerContracts from '../../../../src/modules/customers/customers.contracts';
import type * as CustomerRecordContracts from '../../../../src/modules/customers/customer-records.contracts';
import type * as PrivacyContracts from '../../../../src/modules/customers/customer-privacy.contracts';
import type * as ImportContracts from '../../../../src/modules/imports/imports.contracts';
import type { Same } from './common';
import type { ApiKey, CreateApiKeyRequest, CreateUserRequest, Me, Session, UpdateUserRequest, User } from './auth';
import type { CreateDepartmentRequest, CreateStoreRequest, CreateTeamRequest, DepartmentWithTeams, Organisation, Store, UpdateDepartmentRequest, UpdateOrganisationRequest, UpdateStoreRequest, UpdateTeamRequest } from './organisation';
import type { AddIdentityRequest, CreateCustomFieldRequest, CreateCustomerRequest, CreateNoteRequest, CreateSavedViewRequest, CustomField, Customer, CustomerSearchResponse, CustomerStats, CustomerSummary, CustomerViewFilters, DuplicatesResponse, EraseRequest, Identity, MergeRequest, MergeResponse, Note, RevealResponse, SavedView, TimelineItem, UpdateCustomFieldRequest, UpdateCustomerRequest, UpdateSavedViewRequest } from './customers';
import type { Import, ImportOptions, ImportWithPreview, StartImportRequest } from './imports';

// ---- drift checks against the server's TypeBox contracts ----
// The shapes above are the server's, narrowed (role names, permission names, locales). These
// checks fail to compile when a field is added, removed or changes type on the server.

type Narrows<Mine, Theirs> = [Mine] extends [Theirs] ? (Same<keyof Mine, keyof Theirs> extends true ? true : false) : false;
type Server<T extends TSchema> = Static<T>;

const contractChecks: {
  user: Narrows<User, Server<typeof AuthContracts.User>>;
  me: Narrows<Me, Server<typeof AuthContracts.Me>>;
  session: Narrows<Session, Server<typeof AuthContracts.Session>>;
  apiKey: Narrows<ApiKey, Server<typeof AuthContracts.ApiKey>>;
  createUser: Narrows<CreateUserRequest, Server<typeof AuthContracts.CreateUserBody>>;
  updateUser: Narrows<UpdateUserRequest, Server<typeof AuthContracts.PatchUserBody>>;
  createApiKey: Narrows<CreateApiKeyRequest, Server<typeof AuthContracts.CreateApiKeyBody>>;
  organisation: Narrows<Organisation, Server<typeof OrgContracts.OrganisationSettings>>;
  updateOrganisation: Narrows<UpdateOrganisationRequest, Server<typeof OrgContracts.PatchOrganisationBody>>;
  store: Narrows<Store, Server<typeof OrgContracts.Store>>;
  createStore: Narrows<CreateStoreRequest, Server<typeof OrgContracts.CreateStoreBody>>;
  updateStore: Narrows<UpdateStoreRequest, Server<typeof OrgContracts.PatchStoreBody>>;
  department: Narrows<DepartmentWithTeams, Server<typeof OrgContracts.DepartmentWithTeams>>;
  createDepartment: Narrows<CreateDepartmentRequest, Server<typeof OrgContracts.CreateDepartmentBody>>;
  updateDepartment: Narrows<UpdateDepartmentRequest, Server<typeof OrgContracts.PatchDepartmentBody>>;
  createTeam: Narrows<CreateTeamRequest, Server<typeof OrgContracts.CreateTeamBody>>;
  updateTeam: Narrows<UpdateTeamRequest, Server<typeof OrgContracts.PatchTeamBody>>;
  identity: Narrows<Identity, Server<typeof CustomerContracts.Identity>>;
  customerSummary: Narrows<CustomerSummary, Server<typeof CustomerContracts.CustomerSummary>>;
  customer: Narrows<Customer, Server<typeof CustomerContracts.Customer>>;
  customerStats: Narrows<CustomerStats, Server<typeof CustomerContracts.CustomerStats>>;
  createCustomer: Narrows<CreateCustomerRequest, Server<typeof CustomerContracts.CreateCustomerBody>>;
  updateCustomer: Narrows<UpdateCustomerRequest, Server<typeof CustomerContracts.PatchCustomerBody>>;
  addIdentity: Narrows<AddIdentityRequest, Server<typeof CustomerContracts.AddIdentityBody>>;
  customerSearch: Narrows<CustomerSearchResponse, Server<typeof CustomerContracts.CustomerSearchAnswer>>;
  reveal: Narrows<RevealResponse, Server<typeof CustomerContracts.RevealAnswer>>;
  customField: Narrows<CustomField, Server<typeof CustomerRecordContracts.CustomField>>;
  createCustomField: Narrows<CreateCustomFieldRequest, Server<typeof CustomerRecordContracts.CreateCustomFieldBody>>;
  updateCustomField: Narrows<UpdateCustomFieldRequest, Server<typeof CustomerRecordContracts.PatchCustomFieldBody>>;
  savedView: Narrows<Omit<SavedView, 'filters'>, Omit<Server<typeof CustomerRecordContracts.SavedView>, 'filters'>>;
  viewFilters: Narrows<Omit<CustomerViewFilters, `custom.${string}`>, Server<typeof CustomerRecordContracts.ViewFilters>>;
  createSavedView: Narrows<Omit<CreateSavedViewRequest, 'filters'>, Omit<Server<typeof CustomerRecordContracts.CreateSavedViewBody>, 'filters'>>;
  updateSavedView: Narrows<Omit<UpdateSavedViewRequest, 'filters'>, Omit<Server<typeof CustomerRecordContracts.PatchSavedViewBody>, 'filters'>>;
  note: Narrows<Note, Server<typeof CustomerRecordContracts.Note>>;
  createNote: Narrows<CreateNoteRequest, Server<typeof CustomerRecordContracts.CreateNoteBody>>;
  timelineItem: Narrows<TimelineItem, Server<typeof CustomerRecordContracts.TimelineItem>>;
  duplicates: Narrows<DuplicatesResponse, Server<typeof PrivacyContracts.DuplicatesAnswer>>;
  merge: Narrows<MergeRequest, Server<typeof PrivacyContracts.MergeBody>>;
  mergeAnswer: Narrows<MergeResponse, Server<typeof PrivacyContracts.MergeAnswer>>;
  erase: Narrows<EraseRequest, Server<typeof PrivacyContracts.EraseBody>>;
  importJob: Narrows<Import, Server<typeof ImportContracts.Import>>;
  importWithPreview: Narrows<ImportWithPreview, Server<typeof ImportContracts.ImportWithPreview>>;
  startImport: Narrows<StartImportRequest, Server<typeof ImportContracts.StartBody>>;
  importOptions: Narrows<ImportOptions, Server<typeof ImportContracts.ImportOptions>>;
} = {
  user: true,
  me: true,
  session: true,
  apiKey: true,
  createUser: true,
  updateUser: true,
  createApiKey: true,
  organisation: true,
  updateOrganisation: true,
  store: true,
  createStore: true,
  updateStore: true,
  department: true,
  createDepartment: true,
  updateDepartment: true,
  createTeam: true,
  updateTeam: true,
  identity: true,
  customerSummary: true,
  customer: true,
  customerStats: true,
  createCustomer: true,
  updateCustomer: true,
  addIdentity: true,
  customerSearch: true,
  reveal: true,
  customField: true,
  createCustomField: true,
  updateCustomField: true,
  savedView: true,
  viewFilters: true,
  createSavedView: true,
  updateSavedView: true,
  note: true,
  createNote: true,
  timelineItem: true,
  duplicates: true,
  merge: true,
  mergeAnswer: true,
  erase: true,
  importJob: true,
  importWithPreview: true,
  startImport: true,
  importOptions: true,
};
void contractChecks;
