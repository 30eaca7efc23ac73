import {
  Count,
  CountSchema,
  Filter,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  getWhereSchemaFor,
  param,
  post,
  requestBody,
  response,
} from '@loopback/rest';
import {Patient} from '../models';
import {PhysicianRepository} from '../repositories';

// LoopBack 3's endpoints of Physician.confirmedPatients, at its paths (/Physicians/{id}/confirmedPatients).
export class PhysicianConfirmedPatientsController {
  constructor(
    @repository(PhysicianRepository)
    protected physicianRepository: PhysicianRepository,
  ) {}

  @get('/Physicians/{id}/confirmedPatients')
  @response(200, {
    description: 'Physician.confirmedPatients',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Patient),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Patient>,
  ): Promise<Patient[]> {
    return this.physicianRepository.confirmedPatients(id).find(filter);
  }

  @post('/Physicians/{id}/confirmedPatients')
  @response(200, {
    description: 'Physician.confirmedPatients: the new Patient',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Patient),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Patient, {
            title: 'NewPatientInPhysician',
            exclude: ['id'],
          }),
        },
      },
    })
    patient: Omit<Patient, 'id'>,
  ): Promise<Patient> {
    return this.physicianRepository.confirmedPatients(id).create(patient);
  }

  @del('/Physicians/{id}/confirmedPatients')
  @response(200, {
    description: 'Physician.confirmedPatients: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Patient))
    where?: Where<Patient>,
  ): Promise<Count> {
    return this.physicianRepository.confirmedPatients(id).delete(where);
  }
}
