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
import {Physician} from '../models';
import {PatientRepository} from '../repositories';

// LoopBack 3's endpoints of Patient.physicians, at its paths (/Patients/{id}/physicians).
export class PatientPhysiciansController {
  constructor(
    @repository(PatientRepository)
    protected patientRepository: PatientRepository,
  ) {}

  @get('/Patients/{id}/physicians')
  @response(200, {
    description: 'Patient.physicians',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(Physician),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<Physician>,
  ): Promise<Physician[]> {
    return this.patientRepository.physicians(id).find(filter);
  }

  @post('/Patients/{id}/physicians')
  @response(200, {
    description: 'Patient.physicians: the new Physician',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Physician),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(Physician, {
            title: 'NewPhysicianInPatient',
            exclude: ['id'],
          }),
        },
      },
    })
    physician: Omit<Physician, 'id'>,
  ): Promise<Physician> {
    return this.patientRepository.physicians(id).create(physician);
  }

  @del('/Patients/{id}/physicians')
  @response(200, {
    description: 'Patient.physicians: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(Physician))
    where?: Where<Physician>,
  ): Promise<Count> {
    return this.patientRepository.physicians(id).delete(where);
  }
}
