/**
 * Attachment uuids that generated petitions reference. The sandbox preloads every one of them as
 * `konvertert` and unbound, so a generated petition can be submitted without uploading anything first.
 * Fixed values (not derived from a seed): the sandbox and every generator run must agree on them.
 */
export const SANDBOX_VEDLEGG_POOL: readonly string[] = Object.freeze([
  '8119830f-b9e0-4709-9a8e-d2570086deca',
  '092a27dd-ccaf-4f60-b4d3-6fa12be8d741',
  'f5b500bc-46d1-443d-b6aa-7d8a656cd2ae',
  '14c3a3be-30cf-4f64-b4e0-c609111b308c',
  '853c9397-d887-424f-bb81-b4c504d3d7b2',
  'b557641f-9602-4112-8aa8-b55e6a0cede1',
  'da2c4b76-3584-40d3-9010-353918efe838',
  '6cac1e5a-7e25-4db7-b676-9fafca1f88ae',
  'fd408a9f-6cc2-4191-be71-d2485c44d8d3',
  '3117f802-ace2-4304-a9d8-9fd93c6812ae',
  '1d333eee-f50a-43a4-882b-649be0b0af97',
  '8e24694a-7af3-4a60-a310-d67f378c86ca',
  '1905fbf3-adc9-4b90-945d-a04cc5206d45',
  '1c2b2605-8a15-4f31-98b1-be268768f52e',
  'f19b7ffd-a431-4bdc-9120-c622502bef75',
  '9f11bfa3-58e8-4c34-b281-839e1af285d8',
  'b8b65cda-b989-465f-8b0a-57da564f89e9',
  '0527e06f-9bb4-48be-9a91-963b3eeb49a1',
  '4c99a1b8-d174-4169-a114-9528b33048c1',
  '2f64c5e0-9658-4db8-9b94-7b81485588f0',
  'ac6c6209-4b28-4448-8c87-a536c022e3ef',
  '454f30f9-c7c9-4087-87a7-c7597b8ef535',
  '00db2e84-a4c4-4cc4-8dbe-22d0149fca34',
  '19ca11b0-1230-421d-8d48-66bfde37cfe4',
  '2077ed50-ec78-48b7-9a09-8d78691e4131',
  'fec2e8ca-dbba-4007-8c07-b7c5684c91ce',
  '25d7468a-498d-499e-b652-f4d986fae808',
  '044d47f3-9608-4422-971f-7edb479a7c82',
  '69ae730e-8f16-4f7d-9bec-3dfd277b6039',
  '5a16275c-1654-4bcd-820d-6bc09b495c74',
  '1c2139fa-aa0f-4ece-b0ee-75bfd9d83a1d',
  'a157334e-7ed8-45eb-9821-dd36e3bd704a',
]);
